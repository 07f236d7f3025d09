/**
 * The Java player's sources (kafka/player), bundled as text for "Run this on real Kafka": the exported
 * zip carries the same player the Kafka suite checks the simulator with, not a second one. This module is
 * only reached by a dynamic import (download-export.ts), so none of it is in the first paint.
 *
 * The one file in src/ that imports kafka/: ESLint lets it import `kafka/player/**?raw` (text) and nothing
 * else of kafka/ (eslint.config.js, "views/export: the player's sources"). player-sources.test.ts checks the
 * list below against the folder, so a new Java file cannot be left out.
 */
import pom from '../../../kafka/player/pom.xml?raw';
import brokers from '../../../kafka/player/src/main/java/classroom/Brokers.java?raw';
import classroom from '../../../kafka/player/src/main/java/classroom/Classroom.java?raw';
import coordinator from '../../../kafka/player/src/main/java/classroom/Coordinator.java?raw';
import facts from '../../../kafka/player/src/main/java/classroom/Facts.java?raw';
import member from '../../../kafka/player/src/main/java/classroom/Member.java?raw';
import memberProcess from '../../../kafka/player/src/main/java/classroom/MemberProcess.java?raw';
import observer from '../../../kafka/player/src/main/java/classroom/Observer.java?raw';
import player from '../../../kafka/player/src/main/java/classroom/Player.java?raw';
import producerLoop from '../../../kafka/player/src/main/java/classroom/ProducerLoop.java?raw';
import scenario from '../../../kafka/player/src/main/java/classroom/Scenario.java?raw';

const JAVA = 'src/main/java/classroom';

/** Path under the player's folder -> text. */
export const PLAYER_SOURCES: Readonly<Record<string, string>> = {
  'pom.xml': pom,
  [`${JAVA}/Brokers.java`]: brokers,
  [`${JAVA}/Classroom.java`]: classroom,
  [`${JAVA}/Coordinator.java`]: coordinator,
  [`${JAVA}/Facts.java`]: facts,
  [`${JAVA}/Member.java`]: member,
  [`${JAVA}/MemberProcess.java`]: memberProcess,
  [`${JAVA}/Observer.java`]: observer,
  [`${JAVA}/Player.java`]: player,
  [`${JAVA}/ProducerLoop.java`]: producerLoop,
  [`${JAVA}/Scenario.java`]: scenario,
};
