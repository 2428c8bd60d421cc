import { memo, useMemo } from 'react';
import { QR_QUIET_ZONE, qrMatrix, qrSvgPath } from '@/utils/qr/qr-matrix';

/** A QR code drawn here as SVG (no network, no image files), with its quiet zone, title and caption below. */
export const DeskQrCode = memo(function DeskQrCode({
  id,
  url,
  title,
  caption,
}: {
  id: string;
  url: string;
  title: string;
  caption: string;
}) {
  const code = useMemo(() => {
    try {
      const matrix = qrMatrix(url);
      return { side: matrix.size + 2 * QR_QUIET_ZONE, path: qrSvgPath(matrix) };
    } catch {
      return null;
    }
  }, [url]);
  if (!code) return null;
  return (
    <figure className="desk-qr" data-testid="desk-qr" data-id={id}>
      <svg
        viewBox={`0 0 ${code.side} ${code.side}`}
        shapeRendering="crispEdges"
        role="img"
        aria-label={`Mã QR: ${title}`}
      >
        <rect width={code.side} height={code.side} fill="#fff" />
        <path d={code.path} fill="#000" />
      </svg>
      <figcaption>
        <strong>{title}</strong>
        <span>{caption}</span>
      </figcaption>
    </figure>
  );
});
