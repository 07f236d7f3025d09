import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Snapshot } from '../../engine';
import { useSimulator, useSimulatorStore } from '../../store/context';
import type { Voice } from '../../shared/lang';
import { useVoice } from '../../store/prefs';
import { selectSelection } from '../../store/selectors';
import { useTextSample } from '../../store/use-sampled';
import type { Selection } from '../../store/simulator-store';
import { groupColor } from '../../viz/palette';
import { word } from '../words';
import { ActionButton } from './action-button';
import { GroupPanel } from './group-panel';
import { InspectorHeadingContext } from './inspector-focus';
import { capitalize } from './labels';
import { MemberPanel } from './member-panel';
import { forStudent, messages } from './messages';
import { PanelHeading } from './panel-heading';
import { ProducerPanel } from './producer-panel';
import { BrokerPanel } from './broker-panel';
import { brokerName } from './replication-labels';
import { replicationMessages } from './replication-messages';
import { RefusalAlert } from './refusal-alert';
import { PartitionPanel, TopicPanel } from './topic-panel';
import './inspector.css';
import { shownName } from '../../shared/characters';

/** A key that changes when the drawer shows another thing (not when that thing's numbers change). */
function selectionKey(s: Selection): string {
  switch (s.kind) {
    case 'producer':
      return `producer:${s.id}`;
    case 'topic':
      return `topic:${s.topic}`;
    case 'partition':
      return `partition:${s.topic}:${s.partition}`;
    case 'group':
      return `group:${s.group}`;
    case 'member':
      return `member:${s.group}:${s.member}`;
    case 'broker':
      return `broker:${s.broker}`;
  }
}

/** The drawer over the right of the stage: details of whatever was clicked, and what can be done to it. */
export function Inspector() {
  const selection = useSimulator(selectSelection);
  if (selection === null) return null;
  return <Drawer selection={selection} />;
}

function Drawer({ selection }: { selection: Selection }) {
  const store = useSimulatorStore();
  // The drawer's tables are read, not watched: they follow a playing class twice a second.
  const snapshot = useTextSample().snapshot;
  const voice = useVoice();
  const m = messages(voice.lang);
  const headingId = useId();
  const drawerRef = useRef<HTMLElement>(null);
  const key = selectionKey(selection);

  // Whoever had focus when the drawer opened gets it back when it closes.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (opener?.isConnected && !document.activeElement?.closest('dialog')) opener.focus();
    };
  }, []);

  // Each new thing shown: focus moves to its name, so a keyboard user lands in the drawer.
  useEffect(() => {
    drawerRef.current?.querySelector<HTMLElement>('h2[tabindex]')?.focus({ preventScroll: true });
  }, [key]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog, [role="dialog"]')) return;
      event.preventDefault();
      store.getState().select(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  return (
    <InspectorHeadingContext.Provider value={headingId}>
      <aside ref={drawerRef} className="inspector" aria-labelledby={headingId}>
        <ActionButton
          className="inspector__close"
          aria-label={m.close}
          title={m.closeTitle}
          onClick={() => store.getState().select(null)}
        >
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M4 4l12 12M16 4L4 16" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
          </svg>
        </ActionButton>
        <div className="inspector__body">
          <RefusalAlert />
          <Panel selection={selection} snapshot={snapshot} voice={voice} />
        </div>
      </aside>
    </InspectorHeadingContext.Provider>
  );
}

function Panel({
  selection,
  snapshot,
  voice,
}: {
  selection: Selection;
  snapshot: Snapshot;
  voice: Voice;
}): ReactNode {
  const m = messages(voice.lang);
  switch (selection.kind) {
    case 'member': {
      const g = snapshot.groups.findIndex((x) => x.id === selection.group);
      const group = snapshot.groups[g];
      const member = group?.members.findLast((m) => m.id === selection.member);
      if (!group || !member) {
        return (
          <Gone
            kicker={capitalize(word(voice, 'member'))}
            title={selection.member}
            text={forStudent(m.goneMember, voice.words, selection.member)}
            back={
              group
                ? {
                    label: m.show(shownName(voice, 'group', group.id)),
                    selection: { kind: 'group', group: group.id },
                  }
                : undefined
            }
          />
        );
      }
      return <MemberPanel group={group} member={member} color={groupColor(g)} voice={voice} />;
    }
    case 'group': {
      const g = snapshot.groups.findIndex((x) => x.id === selection.group);
      const group = snapshot.groups[g];
      if (!group)
        return (
          <Gone
            kicker={capitalize(word(voice, 'group'))}
            title={shownName(voice, 'group', selection.group)}
            text={m.notNow}
          />
        );
      return <GroupPanel group={group} snapshot={snapshot} color={groupColor(g)} voice={voice} />;
    }
    case 'producer': {
      const producer = snapshot.producers.find((p) => p.id === selection.id);
      if (!producer)
        return <Gone kicker={capitalize(word(voice, 'producer'))} title={selection.id} text={m.notHere} />;
      return <ProducerPanel producer={producer} snapshot={snapshot} voice={voice} />;
    }
    case 'topic': {
      const topic = snapshot.topics.find((t) => t.name === selection.topic);
      if (!topic)
        return <Gone kicker={capitalize(word(voice, 'topic'))} title={selection.topic} text={m.notHere} />;
      return <TopicPanel topic={topic} snapshot={snapshot} voice={voice} />;
    }
    case 'partition': {
      const partition = snapshot.topics
        .find((t) => t.name === selection.topic)
        ?.partitions.find((p) => p.partition === selection.partition);
      if (!partition) {
        return (
          <Gone
            kicker={capitalize(word(voice, 'partition'))}
            title={`${selection.topic}-${selection.partition}`}
            text={m.notHere}
          />
        );
      }
      return (
        <PartitionPanel topic={selection.topic} partition={partition} snapshot={snapshot} voice={voice} />
      );
    }
    case 'broker': {
      const broker = snapshot.brokers.find((b) => b.id === selection.broker);
      if (!broker) {
        return (
          <Gone
            kicker={replicationMessages(voice.lang).broker[voice.words]}
            title={capitalize(brokerName(voice, selection.broker))}
            text={m.notHere}
          />
        );
      }
      return <BrokerPanel broker={broker} snapshot={snapshot} voice={voice} />;
    }
  }
}

/** What was selected is not in the world at this moment (sent home, or not yet created after a rewind). */
function Gone({
  kicker,
  title,
  text,
  back,
}: {
  kicker: string;
  title: string;
  text: string;
  back?: { label: string; selection: Selection };
}) {
  const store = useSimulatorStore();
  return (
    <>
      <PanelHeading kicker={kicker} title={title} />
      <p className="inspector__gone">{text}</p>
      {back && (
        <ActionButton onClick={() => store.getState().select(back.selection)}>{back.label}</ActionButton>
      )}
    </>
  );
}
