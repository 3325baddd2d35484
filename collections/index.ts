import { Listings } from './Listings'
import { ListingTags } from './ListingTags'
import { Media } from './Media'
import { OldUrls } from './OldUrls'
import { People } from './People'
import { ReleaseLog } from './ReleaseLog'
import { SiteSettings } from './SiteSettings'
import { Statements } from './Statements'
import { Topics } from './Topics'
import { Translations } from './Translations'
import { Users } from './Users'

export const collections = [Statements, Translations, ReleaseLog, People, Topics, Media, Users, Listings, ListingTags, OldUrls]
export const globals = [SiteSettings]
