import { Listings } from './Listings'
import { Media } from './Media'
import { People } from './People'
import { ReleaseLog } from './ReleaseLog'
import { SiteSettings } from './SiteSettings'
import { Statements } from './Statements'
import { Topics } from './Topics'
import { Translations } from './Translations'
import { Users } from './Users'

export const collections = [Statements, Translations, ReleaseLog, People, Topics, Media, Users, Listings]
export const globals = [SiteSettings]
