import { ExhibitLine } from './exhibit-line';
import type { ExhibitProps } from './types';

/** An e-mail as a mail app shows it: subject, sender (often the tell), recipient, date, body. */
export function EmailExhibit({ exhibit, mode, labels }: ExhibitProps) {
  const { from, to, subject, date } = exhibit.header;
  return (
    <div className="screen email">
      <ExhibitLine line={subject} mode={mode} labels={labels} className="email-subject" />
      <div className="email-headers">
        <ExhibitLine line={from} mode={mode} labels={labels} className="email-field" prefix={<span className="field-name">{labels.emailFrom}</span>} />
        <ExhibitLine line={to} mode={mode} labels={labels} className="email-field" prefix={<span className="field-name">{labels.emailTo}</span>} />
        {date && <ExhibitLine line={date} mode={mode} labels={labels} className="email-field email-date" />}
      </div>
      <div className="email-body">
        {exhibit.body.map((line) => (
          <ExhibitLine key={line.id} as="p" line={line} mode={mode} labels={labels} />
        ))}
      </div>
    </div>
  );
}
