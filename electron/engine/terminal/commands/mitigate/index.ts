import type { Command } from '../../types';
import { cmctl } from './cmctl';
import { kafkaConsumerGroups } from './kafka-consumer-groups';
import { patronictl } from './patronictl';
import { truncate } from './truncate';

/** The tools behind mitigations kubectl does not cover: Patroni, cert-manager, Kafka's consumer groups, truncate. */
export const MITIGATE_COMMANDS: Command[] = [patronictl, cmctl, kafkaConsumerGroups, truncate];
