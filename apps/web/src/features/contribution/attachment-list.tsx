import { formatSize, isImage, type Attachment } from './attachments';

/** A contribution's files: images as thumbnails (opening the full image), others as download links. */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  if (!attachments.length) return null;
  const images = attachments.filter(isImage);
  const files = attachments.filter((a) => !isImage(a));
  return (
    <div className="attachments">
      {images.length > 0 && (
        <ul className="attachment-images" aria-label="Images">
          {images.map((a) => (
            <li key={a.id}>
              <a href={a.url} target="_blank" rel="noreferrer" title={`${a.fileName}, ${formatSize(a.size)}`}>
                <img src={a.url} alt={a.fileName} loading="lazy" className="attachment-thumb" />
              </a>
            </li>
          ))}
        </ul>
      )}
      {files.length > 0 && (
        <ul className="plain-list attachment-files" aria-label="Files">
          {files.map((a) => (
            <li key={a.id}>
              <a href={a.url} download={a.fileName}>
                {a.fileName}
              </a>{' '}
              <span className="meta">({formatSize(a.size)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
