import { cite } from '../citations';

/**
 * Sources of ICS-COI-008 and ICS-COI-009 (issue 13): NHS England's current conflicts of interest
 * guidance, the guidance it replaced, and the Provider Selection Regime. Confidence marks as read
 * (issue 13 research §1).
 */

/** G2: scope section read. */
export const NHSE_COI_CURRENT = cite('NHS England, Managing conflicts of interest in the NHS (current guidance)', 'scope: replaces the 2017 guidance for the changes of the Health and Care Act 2022 (ICBs and the provider selection regime); applies to ICBs', 'https://www.england.nhs.uk/long-read/managing-conflicts-of-interest-in-the-nhs/', 'V');
/** G3. */
export const NHSE_COI_CCG_2017 = cite('NHS England, Revised statutory guidance on managing conflicts of interest for CCGs (June 2017)', 'the guidance for CCGs, published 16 June 2017', 'https://www.england.nhs.uk/commissioning/pc-co-comms/coi/', 'V');
/** Humber and North Yorkshire still cites the 2017 guidance: the case ICS-COI-008 is for. */
export const HNY_COI_2017 = cite('NHS Humber and North Yorkshire ICB, Conflicts of interest', '"This policy is in line with the updated Conflict of Interest Guidance published by NHS England which came into force in June 2017"', 'https://humberandnorthyorkshire.icb.nhs.uk/governance/conflicts-of-interest/', 'V');
/** G4: opening read; issued under s.12ZB(4), ICBs "must have regard". */
export const NHSE_PSR_GUIDANCE = cite('NHS England, The Provider Selection Regime: statutory guidance (updated April 2025)', 'records of decision-making; departures explained', 'https://www.england.nhs.uk/long-read/the-provider-selection-regime-statutory-guidance', 'V');
/** L24–L27: the regulations (contents, regs 24 and 25, Schedules 3 and 10 read; reg 21 not read). */
export const PSR_REG24 = cite('Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348)', 'regulation 24(d) (a record of "the decision-making process followed, including the identity of individuals making decisions")', 'https://www.legislation.gov.uk/ukdsi/2023/9780348252613/part/5', 'V');
export const PSR_REG25 = cite('Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348)', 'regulation 25(1) (an annual summary of contracting activity published online)', 'https://legislation.gov.uk/uksi/2023/1348/regulation/25/made?view=plain', 'V');
export const PSR_SCH3 = cite('Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348)', 'Schedule 3 paragraphs 6, 8 and 9 (notices state the award decision-makers, declared conflicts and how they were managed)', 'https://www.legislation.gov.uk/ukdsi/2023/9780348252613/schedule/3/data.xht?view=snippet&wrap=true', 'V');
export const PSR_SCH10 = cite('Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348)', 'Schedule 10 paragraphs 9 and 10 (the same, for other notices)', 'https://www.legislation.gov.uk/uksi/2023/1348/schedule/10/made/data.xht?view=snippet&wrap=true', 'V');
/** E10. */
export const HEMPSONS_PSR = cite('Hempsons, on governance for Provider Selection Regime decisions', 'whether decisions fall within an existing ICB (place) committee and its delegations', 'https://hempsons.co.uk/?p=3368776', 'V');
