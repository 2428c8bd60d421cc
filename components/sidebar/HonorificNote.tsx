import { readGender } from '@/utils/dossier/gender';
import type { Gender } from '@/utils/dossier/types';
import { honorificFor } from '@/utils/letters/honorific';
import { useSidebar } from './store-context';

/**
 * How letters and scripts will address a person: the gender given by the page or the officer, or a guess from the
 * middle name, shown as a guess to correct in the manual entry; unknown, the officer is asked.
 */
export function HonorificNote({ person, testId }: { person: { name: string; gender?: Gender }; testId: string }) {
  const style = useSidebar((s) => s.settings.letters.addressStyle);
  const { gender, source } = readGender(person);
  const word = gender && honorificFor(gender, style);
  return (
    <span className="mctt-honorific" data-testid={testId} data-source={source} data-honorific={word ?? ''}>
      {source === 'given' && word}
      {source === 'name' && `${word} (đoán theo tên đệm; nếu sai, sửa giới tính ở phần nhập tay)`}
      {source === 'unknown' && 'Chưa rõ ông hay bà: chọn giới tính ở phần nhập tay'}
    </span>
  );
}
