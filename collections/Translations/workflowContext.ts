/** Set on `req.context` by the workflow's own writes to translation records, which skip the person rules. */
export const workflowContext = 'translationWorkflow'
