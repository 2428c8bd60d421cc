import type { FilledLetter, LetterBlock } from '@/utils/letters/types';
import './letter-html.css';
import { TextList } from './TextList';

function Block({ block }: { block: LetterBlock }) {
  switch (block.type) {
    case 'heading':
      return (
        <div className="lh-heading">
          <div>
            <strong className="lh-lines">{block.issuingBody}</strong>
            {block.number && <div>{block.number}</div>}
          </div>
          <div>
            <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
            <br />
            <strong>Độc lập - Tự do - Hạnh phúc</strong>
            {block.placeDate && <em className="lh-date">{block.placeDate}</em>}
          </div>
        </div>
      );
    case 'title':
      return (
        <h3 className="lh-title">
          {block.text}
          {block.subtitle && <small>{block.subtitle}</small>}
        </h3>
      );
    case 'paragraph':
      return <p className={`lh-p lh-${block.align ?? 'justify'} lh-${block.style ?? 'normal'}`}>{block.text}</p>;
    case 'list':
      return <TextList items={block.items} className="lh-list" />;
    case 'signature':
      return (
        <div className="lh-signature">
          <strong>{block.authority}</strong>
          <br />
          {block.deputy && (
            <>
              <strong>{block.deputy}</strong>
              <br />
            </>
          )}
          <strong>{block.title}</strong>
          <div className="lh-sign-space" />
          <strong>{block.name}</strong>
        </div>
      );
    case 'recipients':
      return (
        <div className="lh-recipients">
          <em>Nơi nhận:</em>
          {block.items.map((item) => (
            <div key={item}>- {item}</div>
          ))}
        </div>
      );
    case 'page-break':
      return <hr className="lh-break" />;
    case 'excerpt':
      return (
        <div className="lh-excerpt">
          <strong>{block.title}</strong>
          {block.note && <p>{block.note}</p>}
          <TextList items={block.items} />
          {block.source && <em>{block.source}</em>}
        </div>
      );
    case 'table':
      return (
        <table className="lh-table">
          {block.caption && <caption>{block.caption}</caption>}
          <thead>
            <tr>
              {block.columns.map((column) => (
                <th key={column.header} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in a fixed table.
              <tr key={r} className={block.boldRows?.includes(r) ? 'lh-bold' : undefined}>
                {row.map((cell, c) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positions in a fixed row.
                  <td key={c} className={`lh-${block.columns[c]?.align ?? 'left'}`}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** A quick HTML look at a filled letter while a template is edited; the PDF remains what is printed. */
export function LetterHtml({ letter }: { letter: FilledLetter }) {
  return (
    <article className={`lh-page lh-${letter.layout}`} data-testid="letter-preview" aria-label={letter.name}>
      {letter.blocks.map((block, i) => (
        // Blocks have no identity of their own; their order is the letter.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <Block key={i} block={block} />
      ))}
    </article>
  );
}
