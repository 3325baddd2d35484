import * as migration_20261128_132930_initial from './20261128_132930_initial';
import * as migration_20261128_160115_translation_workflow from './20261128_160115_translation_workflow';

export const migrations = [
  {
    up: migration_20261128_132930_initial.up,
    down: migration_20261128_132930_initial.down,
    name: '20261128_132930_initial',
  },
  {
    up: migration_20261128_160115_translation_workflow.up,
    down: migration_20261128_160115_translation_workflow.down,
    name: '20261128_160115_translation_workflow'
  },
];
