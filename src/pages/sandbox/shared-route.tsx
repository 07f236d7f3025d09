import { lazy, useEffect, useMemo } from 'react';
import { useLang } from '../../store/prefs';
import { APP_NAME } from '../../views/class/messages';
import { linkRefusal } from './link-opening';
import { messages } from './messages';
import { SharedError } from './shared-error';

// The class's page (its stage, controls and export) comes in its own chunk, only for a link that is let in.
const SharedPage = lazy(() => import('./shared-page').then((m) => ({ default: m.SharedPage })));

/**
 * `#/share/<encoded>`: a link refused before any replay (damaged, invalid, or forecast far over the work a
 * page may do) is answered from here, with the engine's checks alone: loading and evaluating the class's
 * stage for it cost a refused link's page about a third of its CPU with the CPU slowed four times. Any other
 * link opens on SharedPage, which decodes it again (a few milliseconds) and refuses what its replay finds.
 */
export function SharedRoute({ encoded }: { encoded: string }) {
  const refusal = useMemo(() => linkRefusal(encoded), [encoded]);
  const notOpened = messages(useLang()).notOpened;
  useEffect(() => {
    if (refusal !== null) document.title = `${notOpened} · ${APP_NAME}`;
  }, [refusal, notOpened]);
  return refusal !== null ? <SharedError error={refusal} /> : <SharedPage encoded={encoded} />;
}
