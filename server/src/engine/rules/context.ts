// Placeholder, replaced by the parser's context.
export interface RuleContext {}
