import { useId, useMemo, useState } from 'react';
import { LetterHtml } from '@/components/common/LetterHtml';
import { LETTER_LABEL } from '@/components/common/letter-labels';
import { OptionList } from '@/components/common/OptionList';
import { RadioChoices } from '@/components/common/RadioChoices';
import { TextList } from '@/components/common/TextList';
import { DEFAULT_LETTER_TEMPLATES } from '@/templates/letters';
import { MissingFieldsError } from '@/utils/letters/fill';
import { LETTER_KINDS } from '@/utils/letters/kinds';
import { LETTER_FIELDS, LETTER_MODIFIERS } from '@/utils/letters/placeholder-names';
import { prepareLetter } from '@/utils/letters/prepare';
import { SAMPLE_OFFICE, sampleLetter } from '@/utils/letters/preview-samples';
import { editableTexts, isRemovable, withEditedText } from '@/utils/letters/template-edit';
import type { AddressStyle, FilledLetter, LetterKind, LetterTemplate, TemplateBlock } from '@/utils/letters/types';
import { officeProfileOf, type Settings } from '@/utils/settings/schema';
import { TemplateTextField } from './TemplateTextField';
import { type SaveSettings, sectionUpdate } from './use-options-settings';

const ADDRESS_STYLES: { value: AddressStyle; label: string }[] = [
  { value: 'formal', label: 'ông/bà (mặc định)' },
  { value: 'familiar', label: 'anh/chị' },
];

const BLOCK_NAME: Partial<Record<TemplateBlock['type'], string>> = {
  heading: 'Phần đầu (tên cơ quan, quốc hiệu, ngày tháng): lấy từ thông tin cơ quan',
  signature: 'Chữ ký: lấy từ thông tin cơ quan',
  'page-break': 'Sang trang mới',
};

type Preview = { letter: FilledLetter } | { missing: string[] };

/**
 * Team leads reword a letter block by block and see it filled with made-up names at once. The frame of the
 * letter (heading, signature) follows Decree 30 and the office profile, so it is not editable here.
 */
export function LetterTemplateEditor({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const id = useId();
  const [kind, setKind] = useState<LetterKind>('birth-congratulation');
  const edited = settings.letters.templates[kind];
  const template: LetterTemplate = edited ?? DEFAULT_LETTER_TEMPLATES[kind];

  // Each change applies to the template as saved when it is made: two texts saved together both count.
  const save = (change: (template: LetterTemplate) => LetterTemplate | undefined) =>
    onSave((s) => {
      const templates = { ...s.letters.templates };
      const next = change(templates[kind] ?? DEFAULT_LETTER_TEMPLATES[kind]);
      if (next) templates[kind] = next;
      else delete templates[kind];
      return { ...s, letters: { ...s.letters, templates } };
    });
  const setBlocks = (change: (blocks: TemplateBlock[]) => TemplateBlock[]) =>
    save((saved) => ({ ...saved, blocks: change(saved.blocks) }));
  const editBlock = (index: number, key: string, value: string) =>
    setBlocks((blocks) => blocks.map((block, i) => (i === index ? withEditedText(block, key, value) : block)));

  const preview = useMemo<Preview>(() => {
    const { dossier, options } = sampleLetter(kind);
    const office = { ...SAMPLE_OFFICE, ...officeProfileOf(settings.office) };
    try {
      return {
        letter: prepareLetter(kind, dossier, office, { ...options, template, address: settings.letters.addressStyle }),
      };
    } catch (error) {
      if (error instanceof MissingFieldsError) return { missing: [...new Set(error.missing.map((m) => m.label))] };
      throw error;
    }
  }, [kind, template, settings.office, settings.letters.addressStyle]);

  return (
    <section aria-labelledby={`${id}-title`} data-testid="letter-templates">
      <h2 id={`${id}-title`}>Mẫu thư</h2>
      <fieldset className="opt-days">
        <legend>Cách xưng hô với công dân (trong thư và lời nói ở thanh bên)</legend>
        <RadioChoices
          name="addressStyle"
          choices={ADDRESS_STYLES}
          value={settings.letters.addressStyle}
          onChange={(addressStyle) => sectionUpdate(onSave, 'letters')({ addressStyle })}
        />
      </fieldset>
      <div className="opt-field">
        <label htmlFor={`${id}-kind`}>Sửa mẫu</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as LetterKind)}>
          <OptionList
            values={LETTER_KINDS}
            label={(k) => `${LETTER_LABEL[k]}${settings.letters.templates[k] ? ' (đã sửa)' : ''}`}
          />
        </select>
      </div>
      <details className="opt-hint">
        <summary>Các chỗ điền dùng được trong mẫu</summary>
        <p>
          Bấm <strong>Chèn trường</strong> dưới mỗi ô để chèn vào chỗ con trỏ, hoặc gõ tên trong hai dấu ngoặc nhọn, ví
          dụ {'{{Tên người nộp}}'}. Thêm cách viết sau dấu |:{' '}
          {LETTER_MODIFIERS.map((m) => `{{Xưng hô|${m.name}}} → ${m.example}`).join('; ')}. Tên cũ (
          {'{{applicant.name}}'}…) vẫn dùng được.
        </p>
        <dl className="opt-field-names">
          {LETTER_FIELDS.map((field) => (
            <div key={field.code}>
              <dt>
                <code>{`{{${field.name}}}`}</code>
              </dt>
              <dd>{field.example}</dd>
            </div>
          ))}
        </dl>
      </details>
      <div className="opt-template">
        {/* A new list for each letter: a text still waiting is saved into its own letter. */}
        <ol className="opt-blocks" key={kind}>
          {template.blocks.map((block, index) => {
            const texts = editableTexts(block);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks are identified by their place in the letter.
              <li key={index} data-block={block.type}>
                {texts.length === 0 && <p className="opt-hint">{BLOCK_NAME[block.type] ?? block.type}</p>}
                {texts.map((text) => (
                  <div className="opt-field opt-wide" key={text.key}>
                    <label htmlFor={`${id}-${index}-${text.key}`}>{text.label}</label>
                    <TemplateTextField
                      id={`${id}-${index}-${text.key}`}
                      rows={text.list || text.value.length > 80 ? 3 : 1}
                      value={text.value}
                      onSave={(value) => editBlock(index, text.key, value)}
                    />
                  </div>
                ))}
                {isRemovable(block) && (
                  <button type="button" onClick={() => setBlocks((blocks) => blocks.filter((_, i) => i !== index))}>
                    Bỏ đoạn này
                  </button>
                )}{' '}
                {texts.length > 0 && (
                  <button
                    type="button"
                    onClick={() =>
                      setBlocks((blocks) => [
                        ...blocks.slice(0, index + 1),
                        { type: 'paragraph', text: 'Đoạn mới.', indent: true },
                        ...blocks.slice(index + 1),
                      ])
                    }
                  >
                    Thêm đoạn sau
                  </button>
                )}
              </li>
            );
          })}
        </ol>
        <div className="opt-preview" aria-live="polite">
          <h3>Xem trước (tên người là ví dụ)</h3>
          {'letter' in preview ? (
            <LetterHtml letter={preview.letter} />
          ) : (
            <div role="alert" className="opt-error" data-testid="template-problems">
              <p>Mẫu này chưa in được:</p>
              <TextList items={preview.missing} />
            </div>
          )}
        </div>
      </div>
      <button type="button" disabled={!edited} onClick={() => save(() => undefined)}>
        Dùng lại mẫu mặc định
      </button>
    </section>
  );
}
