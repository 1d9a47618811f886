/** Shared by the §12 rules: reserved and delegated matters, and the functions map, in words. */

const MATTER_WORDS: Record<string, string> = {
  constitution: 'the constitution',
  standing_orders: 'the standing orders',
  scheme_of_reservation_and_delegation: 'the scheme of reservation and delegation',
  standing_financial_instructions: 'the standing financial instructions',
  joint_forward_plan: 'the joint forward plan',
  joint_capital_resource_use_plan: 'the joint capital resource use plan',
  annual_report_and_accounts: 'the annual report and accounts',
  strategy_and_vision: 'the strategy and vision',
  committee_terms_of_reference: 'committees\' terms of reference',
  risk_appetite: 'the risk appetite',
  contracts_above_limit: 'contracts above the limit',
  primary_care_contracting: 'primary care contracting',
};

/** "the joint forward plan" for `joint_forward_plan`. */
export function matterWords(key: string): string {
  return MATTER_WORDS[key] ?? key.replace(/_/g, ' ');
}


/** A function map entry's name: its key, or its description for `other`. */
export function functionName(f: { function?: { value: string }; description?: { value: string } }): string | undefined {
  const key = f.function?.value?.trim();
  if (key === 'other') return f.description?.value?.trim() || undefined;
  return key || undefined;
}

/** The same matter for comparison: keys as they are, free text lower-cased and trimmed. */
export function matterKey(key: string | undefined, description: string | undefined): string | undefined {
  if (key && key !== 'other') return key;
  const d = description?.trim().toLowerCase();
  return d ? `other:${d}` : undefined;
}
