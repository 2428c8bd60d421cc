import { memo } from 'react';
import type { Hotline } from '@/utils/desk/public-info';

/** The hotlines of the leader, the unit and the inspection team, numbers large enough to copy from across the room. */
export const DeskHotlines = memo(function DeskHotlines({ hotlines }: { hotlines: Hotline[] }) {
  if (hotlines.length === 0) return null;
  return (
    <section className="desk-hotlines" data-testid="desk-hotlines" aria-labelledby="desk-hotlines-title">
      <h2 id="desk-hotlines-title">Đường dây nóng</h2>
      <dl>
        {hotlines.map((line) => (
          <div key={line.id} className="desk-hotline" data-testid="desk-hotline" data-id={line.id}>
            <dt>
              {line.label}
              {line.name && <span className="desk-hotline-name">{line.name}</span>}
            </dt>
            <dd>{line.phone}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
