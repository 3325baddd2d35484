import { GraphQL } from '@payloadcms/graphql/types'
import type { DocumentNode, FragmentDefinitionNode, GraphQLCompositeType, GraphQLField, GraphQLSchema, SelectionSetNode, ValueNode } from 'graphql'

// graphql as Payload's schema was built with: the package ships CommonJS and ES builds, and a schema from one is refused by the other.
const { getNamedType, getVariableValues, isAbstractType, isCompositeType, isObjectType, Kind, valueFromAST } = GraphQL

/** What Payload's find operation reads when a list names no limit. */
export const defaultListLimit = 10

/**
 * What a list costs when it has no bound at all (`limit: 0`, `pagination:
 * false`): it reads every document, so it is priced past any reasonable cap.
 */
export const unboundedListCost = 1_000_000

/** Payload's answer shape for a list: `{ docs, totalDocs, ... }` (collections, versions, join fields). */
const isPaginated = (type: GraphQLCompositeType): boolean => isObjectType(type) && 'docs' in type.getFields() && 'totalDocs' in type.getFields()

type Costing = {
  schema: GraphQLSchema
  fragments: Map<string, FragmentDefinitionNode>
  variables: Record<string, unknown>
  visiting: Set<string>
  /** Each fragment costed once: spread again and again, fragments of fragments would otherwise cost exponential time to cost. */
  fragmentCosts: Map<string, number>
}

/** How many documents a paginated field asks for: its `limit`, Payload's default when absent, unbounded when 0 or off. */
const documentsAsked = (args: Record<string, unknown>): number => {
  const limit = args.limit
  if (args.pagination === false && limit === undefined) return Infinity
  if (limit === undefined || limit === null) return defaultListLimit
  return typeof limit === 'number' && limit >= 1 ? limit : Infinity
}

const argumentValues = (field: GraphQLField<unknown, unknown>, node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, costing: Costing) => {
  const values: Record<string, unknown> = {}
  for (const argument of node.arguments ?? []) {
    const definition = field.args.find((arg) => arg.name === argument.name.value)
    if (definition) values[argument.name.value] = valueFromAST(argument.value, definition.type, costing.variables)
  }
  return values
}

/**
 * The cost of a selection on `type`: every field 1 (every alias counted, as
 * each runs on its own), a relationship what Payload's schema says it costs
 * (`extensions.complexity`), and a list its number of documents times the cost
 * of one: Payload reads and runs the hooks of every document it asks for,
 * whatever fields are selected. Fragments and `@skip`/`@include` are counted
 * as if taken: an upper bound of what would run.
 */
const selectionCost = (selectionSet: SelectionSetNode | undefined, type: GraphQLCompositeType, costing: Costing): number => {
  if (!selectionSet) return 0
  let cost = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      const fragment = costing.fragments.get(name)
      // A cycle or an unknown fragment: graphql's validation refuses the document before anything runs.
      if (!fragment || costing.visiting.has(name)) continue
      let fragmentCost = costing.fragmentCosts.get(name)
      if (fragmentCost === undefined) {
        const condition = costing.schema.getType(fragment.typeCondition.name.value)
        costing.visiting.add(name)
        fragmentCost = selectionCost(fragment.selectionSet, isCompositeType(condition) ? condition : type, costing)
        costing.visiting.delete(name)
        costing.fragmentCosts.set(name, fragmentCost)
      }
      cost += fragmentCost
      continue
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? costing.schema.getType(selection.typeCondition.name.value) : type
      cost += selectionCost(selection.selectionSet, isCompositeType(condition) ? condition : type, costing)
      continue
    }
    const name = selection.name.value
    if (name.startsWith('__')) {
      cost += 1
      continue
    }
    // On a union, fields are only reached through fragments; an unknown field is refused by validation.
    const field = isAbstractType(type) || !('getFields' in type) ? undefined : type.getFields()[name]
    if (!field) continue
    const named = getNamedType(field.type)
    const children = isCompositeType(named) ? selectionCost(selection.selectionSet, named, costing) : 0
    if (isCompositeType(named) && isPaginated(named)) {
      const documents = documentsAsked(argumentValues(field, selection, costing))
      cost += documents === Infinity ? unboundedListCost : 1 + documents * Math.max(1, children)
      continue
    }
    const own = typeof field.extensions?.complexity === 'number' ? field.extensions.complexity : 1
    cost += own + children
  }
  return cost
}

/**
 * The cost of every operation in a GraphQL document added together (which one
 * runs is the client's choice), with its variables coerced as execution
 * coerces them (defaults included). Throws when they do not fit their types:
 * execution would refuse them too.
 */
export const graphqlCost = (schema: GraphQLSchema, document: DocumentNode, inputs: Record<string, unknown> = {}): number => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  let cost = 0
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const root = definition.operation === 'mutation' ? schema.getMutationType() : definition.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType()
    const variables = getVariableValues(schema, definition.variableDefinitions ?? [], inputs)
    if (variables.errors) throw new Error(variables.errors.map((error) => error.message).join(' '))
    if (root) cost += selectionCost(definition.selectionSet, root, { schema, fragments, variables: variables.coerced, visiting: new Set(), fragmentCosts: new Map() })
  }
  return cost
}
