import * as migration_20261128_132930_initial from './20261128_132930_initial';
import * as migration_20261128_160115_translation_workflow from './20261128_160115_translation_workflow';
import * as migration_20261128_163203_locale_parent_indexes from './20261128_163203_locale_parent_indexes';
import * as migration_20261128_164815_media_public from './20261128_164815_media_public';
import * as migration_20261128_215121_listings from './20261128_215121_listings';
import * as migration_20261129_014624_listings_page from './20261129_014624_listings_page';
import * as migration_20261129_044044_listing_tags from './20261129_044044_listing_tags';
import * as migration_20261204_164251_no_workflow_locks from './20261204_164251_no_workflow_locks';
import * as migration_20261204_165352_archive_import from './20261204_165352_archive_import';
import * as migration_20261204_170701_sign_in_lock_per_address from './20261204_170701_sign_in_lock_per_address';
import * as migration_20261204_171246_listings_api_doc from './20261204_171246_listings_api_doc';
import * as migration_20261204_172428_users_email_settings from './20261204_172428_users_email_settings';

export const migrations = [
  {
    up: migration_20261128_132930_initial.up,
    down: migration_20261128_132930_initial.down,
    name: '20261128_132930_initial',
  },
  {
    up: migration_20261128_160115_translation_workflow.up,
    down: migration_20261128_160115_translation_workflow.down,
    name: '20261128_160115_translation_workflow',
  },
  {
    up: migration_20261128_163203_locale_parent_indexes.up,
    down: migration_20261128_163203_locale_parent_indexes.down,
    name: '20261128_163203_locale_parent_indexes',
  },
  {
    up: migration_20261128_164815_media_public.up,
    down: migration_20261128_164815_media_public.down,
    name: '20261128_164815_media_public',
  },
  {
    up: migration_20261128_215121_listings.up,
    down: migration_20261128_215121_listings.down,
    name: '20261128_215121_listings',
  },
  {
    up: migration_20261129_014624_listings_page.up,
    down: migration_20261129_014624_listings_page.down,
    name: '20261129_014624_listings_page',
  },
  {
    up: migration_20261129_044044_listing_tags.up,
    down: migration_20261129_044044_listing_tags.down,
    name: '20261129_044044_listing_tags',
  },
  {
    up: migration_20261204_164251_no_workflow_locks.up,
    down: migration_20261204_164251_no_workflow_locks.down,
    name: '20261204_164251_no_workflow_locks',
  },
  {
    up: migration_20261204_165352_archive_import.up,
    down: migration_20261204_165352_archive_import.down,
    name: '20261204_165352_archive_import',
  },
  {
    up: migration_20261204_170701_sign_in_lock_per_address.up,
    down: migration_20261204_170701_sign_in_lock_per_address.down,
    name: '20261204_170701_sign_in_lock_per_address',
  },
  {
    up: migration_20261204_171246_listings_api_doc.up,
    down: migration_20261204_171246_listings_api_doc.down,
    name: '20261204_171246_listings_api_doc',
  },
  {
    up: migration_20261204_172428_users_email_settings.up,
    down: migration_20261204_172428_users_email_settings.down,
    name: '20261204_172428_users_email_settings',
  },
];
