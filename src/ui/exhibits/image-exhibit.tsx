import { ExhibitLine } from './exhibit-line';
import type { ExhibitProps } from './types';

/** An image from content/media/, served by the media route. */
export function ImageExhibit({ exhibit, mode, labels }: ExhibitProps) {
  const { src, alt, caption } = exhibit.header;
  const text = (line: typeof src) => line.segments.map((segment) => segment.text).join('');
  return (
    <figure className="screen image">
      {/* eslint-disable-next-line @next/next/no-img-element -- content images are arbitrary files served as they are */}
      <img src={`/media/${text(src).replace(/^media\//, '')}`} alt={text(alt)} />
      {caption && (
        <figcaption>
          <ExhibitLine line={caption} mode={mode} labels={labels} />
        </figcaption>
      )}
    </figure>
  );
}
