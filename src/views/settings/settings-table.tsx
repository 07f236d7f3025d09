import { Fragment } from 'react';
import { departs, type SettingRow } from '../../runtime/kafka-settings';
import type { Voice } from '../../shared/lang';
import { SIMPLIFICATIONS_HREF } from '../simplifications-href';
import { formatBytes, settingLabel, settingValue } from './setting-labels';
import { messages } from './messages';
import './settings-table.css';

/** A configuration name that may wrap after its dots only: "heartbeat.interval.ms", never "heartbeat.interval.m s". */
function ConfigName({ name }: { name: string }) {
  const parts = name.split('.');
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 ? (
        <>
          .<wbr />
        </>
      ) : null}
    </Fragment>
  ));
}

/**
 * A class's settings beside Kafka's defaults: what a student must change back before carrying a lesson to a
 * real cluster. Departures are drawn in bold and said to screen readers; a value a real Kafka refuses is marked
 * "classroom only" with the bound a real cluster needs.
 */
export function SettingsTable({
  rows,
  voice,
  caption,
  page = false,
}: {
  rows: readonly SettingRow[];
  voice: Voice;
  caption?: string;
  /** On the "simplifies" page itself: no note linking to it. */
  page?: boolean;
}) {
  const m = messages(voice.lang);
  return (
    <section className="settings-table">
      <table className="settings-table__table">
        <caption className="settings-table__caption">{caption ?? m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.setting}</th>
            <th scope="col">{m.here}</th>
            <th scope="col">{m.kafkaDefault}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const differs = departs(row);
            return (
              <tr key={row.name} className={differs ? 'settings-table__row--departs' : undefined}>
                <th scope="row" className="settings-table__name">
                  {voice.words === 'kafka' ? (
                    <code>
                      <ConfigName name={row.name} />
                    </code>
                  ) : (
                    <>
                      {settingLabel(voice, row.name)}
                      <code className="settings-table__config">
                        <ConfigName name={row.name} />
                      </code>
                    </>
                  )}
                </th>
                <td className="settings-table__value">
                  {settingValue(voice, row, row.value)}
                  {differs ? <span className="visually-hidden"> ({m.departs})</span> : null}
                  {row.kafkaMin !== undefined ? (
                    <span className="settings-table__only">
                      {m.classroomOnly}: {m.kafkaAtLeast(formatBytes(voice, row.kafkaMin))}
                    </span>
                  ) : null}
                </td>
                <td>{settingValue(voice, row, row.kafkaDefault)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {page ? null : (
        <p className="settings-table__note">
          {m.why}{' '}
          <a href={SIMPLIFICATIONS_HREF} target="_blank" rel="noopener">
            {m.simplifies}
          </a>
        </p>
      )}
    </section>
  );
}
