/**
 * The files that run an exported class: the topics script (`kafka-topics.sh --create` with every config
 * the class departs from Kafka's defaults), the script that builds and starts the player, and the README
 * saying how to get a broker, run both and compare with the predictions.
 */
import type { Voice } from '../../shared/lang';
import { formatDecimal } from '../../shared/format-number';
import type { ClassToExport } from './class-to-export';
import { exportText, shortTerm, term } from './export-text';
import type { TopicConfigs } from './kafka-configs';

/** The player's jar as `mvn package` names it (kafka/player/pom.xml: artifactId player, version 1). */
export const PLAYER_JAR = 'player/target/player-1-jar-with-dependencies.jar';
/** The container image tag the README names: the Kafka version the suite checks against. */
export const KAFKA_IMAGE = 'apache/kafka:4.4.0';

export const fileNames = (name: string) => ({
  topics: `create-topics-${name}.sh`,
  run: `run-${name}.sh`,
  scenario: `${name}.scenario.json`,
  commands: `${name}.commands.json`,
  predictionsJson: `predictions-${name}.json`,
  predictionsPage: `PREDICTIONS-${name}.md`,
  facts: `facts-${name}.jsonl`,
});

/** A shell word that the shell reads back as exactly `s`. */
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
/** One line of shell comment (no line break can end the comment early). */
const comment = (s: string): string => `# ${s.replace(/\s+/g, ' ')}`;

export function topicsScript(voice: Voice, cls: ClassToExport, topics: readonly TopicConfigs[]): string {
  const m = exportText(voice.lang);
  const lines = [
    '#!/usr/bin/env bash',
    comment(m.fileTopics(term(voice, 'topic'), term(voice, 'partitions'))),
    comment(`“${cls.title}”`),
    comment(m.scriptUsage),
    'set -euo pipefail',
    'BOOTSTRAP="${BOOTSTRAP:-localhost:9092}"',
    'KAFKA_TOPICS="${KAFKA_TOPICS:-kafka-topics.sh}"',
    'PREFIX="${1:-}"',
  ];
  for (const t of topics) {
    lines.push('', comment(m.scriptTopic(t.name, t.partitions)));
    if (t.segmentBytesRefused !== undefined) {
      lines.push(comment(m.segmentBytesNote(t.name, String(t.segmentBytesRefused), '1048576')));
    }
    const args = [
      '"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists',
      `--topic "\${PREFIX}"${quote(t.name)} --partitions ${t.partitions} --replication-factor 1`,
      ...t.configs.map(([k, v]) => `--config ${quote(`${k}=${v}`)}`),
    ];
    lines.push(args.join(' \\\n  '));
  }
  return `${lines.join('\n')}\n`;
}

export function runScript(voice: Voice, cls: ClassToExport): string {
  const f = fileNames(cls.name);
  const m = exportText(voice.lang);
  return [
    '#!/usr/bin/env bash',
    comment(m.fileRun),
    comment(`“${cls.title}”: ./${f.run} [localhost:9092] [prefix]`),
    'set -euo pipefail',
    'cd "$(dirname "$0")"',
    'BOOTSTRAP="${1:-localhost:9092}"',
    'PREFIX="${2:-}"',
    'mvn -q -f player/pom.xml package -DskipTests',
    `java -jar ${PLAYER_JAR} class ${f.scenario} ${f.commands} "$BOOTSTRAP" ${f.facts} ${cls.untilMs} "$PREFIX"`,
    '',
  ].join('\n');
}

const code = (lang: string, body: string): string => `\`\`\`${lang}\n${body}\n\`\`\``;

export function readme(
  voice: Voice,
  cls: ClassToExport,
  topics: readonly TopicConfigs[],
  broker: readonly (readonly [string, string])[],
  tolerance: number,
): string {
  const m = exportText(voice.lang);
  const f = fileNames(cls.name);
  const secs = formatDecimal(voice.lang, cls.untilMs / 1000, 0);
  const out = [`# ${m.readmeTitle(cls.title)}`, '', m.readmeIntro(cls.title), '', `## ${m.filesHeading}`, ''];
  out.push(`| | |`, `| --- | --- |`);
  out.push(`| \`${f.topics}\` | ${m.fileTopics(term(voice, 'topic'), term(voice, 'partitions'))} |`);
  out.push(`| \`${f.run}\` | ${m.fileRun} |`);
  out.push(`| \`player/\` | ${m.filePlayer} |`);
  out.push(`| \`${f.scenario}\`, \`${f.commands}\` | ${m.fileScenario} |`);
  out.push(`| \`${f.predictionsPage}\`, \`${f.predictionsJson}\` | ${m.filePredictions} |`);

  out.push('', `## ${m.brokerHeading}`, '', m.brokerContainer, '');
  out.push(code('sh', `docker run -d --name kafka -p 9092:9092 ${KAFKA_IMAGE}`));
  out.push('', m.brokerDownload, '');
  out.push(
    code(
      'sh',
      [
        'KAFKA_CLUSTER_ID="$(bin/kafka-storage.sh random-uuid)"',
        'bin/kafka-storage.sh format --standalone -t "$KAFKA_CLUSTER_ID" -c config/server.properties',
        'bin/kafka-server-start.sh config/server.properties',
      ].join('\n'),
    ),
  );
  if (broker.length > 0) {
    out.push('', m.brokerSettings(broker.map(([k]) => k).join(', ')), '');
    out.push(code('properties', broker.map(([k, v]) => `${k}=${v}`).join('\n')));
    out.push('', m.brokerSettingsContainer);
    if (broker.some(([k]) => k === 'group.initial.rebalance.delay.ms'))
      out.push('', m.brokerDelayNote(shortTerm(voice, 'members')));
  }

  out.push('', `## ${m.topicsHeading}`, '', m.topicsHow, '');
  out.push(code('sh', `BOOTSTRAP=localhost:9092 ./${f.topics}`));
  out.push('', m.topicsOptional);
  for (const t of topics) {
    if (t.segmentBytesRefused !== undefined) {
      out.push('', m.segmentBytesNote(t.name, String(t.segmentBytesRefused), '1048576'));
    }
  }
  if (topics.some((t) => t.configs.some(([k]) => k.endsWith('.bytes')))) out.push('', m.sizesNote);

  out.push('', `## ${m.playHeading}`, '', m.playHow(secs), '');
  out.push(code('sh', `./${f.run} localhost:9092`));
  out.push('', m.playByHand, '');
  out.push(
    code(
      'sh',
      [
        'mvn -q -f player/pom.xml package',
        `java -jar ${PLAYER_JAR} class ${f.scenario} ${f.commands} localhost:9092 ${f.facts} ${cls.untilMs}`,
      ].join('\n'),
    ),
  );
  out.push('', m.playAgain);

  const group = cls.scenario.groups[0]?.id ?? 'class';
  out.push('', `## ${m.compareHeading}`, '', m.compareKeys(term(voice, 'partition')), '');
  out.push(code('sh', `grep '"type":"produced"' ${f.facts} | head`));
  out.push('', m.compareAssignments, '');
  out.push(code('sh', `grep '"type":"assigned"' ${f.facts}`));
  out.push('', m.compareLag, '');
  out.push(
    code(
      'sh',
      [
        `grep '"type":"sample"' ${f.facts} | head`,
        `kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group ${group}`,
      ].join('\n'),
    ),
  );
  out.push('', m.compareTolerance(String(tolerance)));

  out.push('', `## ${m.partitionerHeading}`, '', m.partitionerIntro, '');
  for (const line of [m.partitionerRdkafka, m.partitionerKafkajs, m.partitionerOthers, m.partitionerNoKey]) {
    out.push(`- ${line}`);
  }
  out.push('', m.madeBy);
  return `${out.join('\n')}\n`;
}
