import { Media } from './Media'
import { People } from './People'
import { SiteSettings } from './SiteSettings'
import { Statements } from './Statements'
import { Topics } from './Topics'
import { Users } from './Users'

export const collections = [Statements, People, Topics, Media, Users]
export const globals = [SiteSettings]
