// Closed word classes the tokenizer, the subject finder and cue patterns share.
// Kept small and general on purpose: they describe English, not any one answer.

/** Words that open a negation scope. */
export const NEGATORS = new Set(["not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without", "hardly", "barely", "nowhere", "noone"]);

/** Single-word hedges; multi-word hedges are matched as pairs in the analyzer. */
export const HEDGES = new Set(["maybe", "perhaps", "probably", "possibly", "arguably", "somewhat", "slightly", "partly", "partially", "kinda", "sorta", "might", "presumably"]);

/** Two-word hedges, as "first second". */
export const HEDGE_PAIRS = new Set(["kind of", "sort of", "i guess", "i suppose", "a bit", "a little", "in a", "to some"]);

/** Spoken fillers: skipped by cue matching so "I um underestimated" reads as "I underestimated". */
export const FILLERS = new Set(["um", "umm", "uh", "uhh", "uhm", "er", "erm", "err", "hmm", "ah", "mm", "basically", "literally"]);

/** Two-word fillers, as "first second". */
export const FILLER_PAIRS = new Set(["you know", "i mean"]);

/** Words that start a new clause when they appear mid-sentence. */
export const CLAUSE_OPENERS = new Set(["but", "however", "although", "though", "whereas", "because", "so", "yet", "while", "which", "unless", "until", "anyway", "afterwards", "afterward", "then", "and"]);

/** People the candidate might point at: roles, not names. */
export const ROLE_NOUNS = new Set([
  "manager", "managers", "boss", "bosses", "supervisor", "supervisors", "lead", "leads", "colleague", "colleagues",
  "coworker", "coworkers", "co-worker", "client", "clients", "customer", "customers", "vendor", "vendors",
  "supplier", "suppliers", "contractor", "contractors", "director", "directors", "ceo", "cto", "cfo", "founder",
  "founders", "head", "teammate", "teammates", "developer", "developers", "engineer", "engineers", "doctor", "doctors",
  "consultant", "consultants", "partner", "partners", "stakeholder", "stakeholders", "hr", "management",
  "leadership", "executive", "executives", "owner", "owners", "landlord", "agency", "recruiter", "others",
  "designer", "designers", "analyst", "analysts", "staff", "employee", "employees", "principal", "headteacher",
  "nurse", "nurses", "registrar", "chef", "chefs", "driver", "drivers", "courier", "couriers",
  "auditor", "auditors", "sales", "marketing", "finance", "legal", "ops", "operations", "qa", "pm",
  "company", "business", "organization", "firm", "employer", "board", "council", "school", "trust", "hospital",
  "department", "office", "corporate", "headquarters", "predecessor", "someone", "somebody", "everyone", "everybody",
  "procurement", "purchasing", "accounts", "payroll", "kitchen", "warehouse", "facilities", "compliance", "security",
  "product", "engineering", "gaffer", "foreman", "government", "regulator",
  "interviewer", "interviewers", "panel", "assessor", "assessors", "examiner", "examiners",
  "manufacturer", "manufacturers", "distributor", "distributors", "carrier", "carriers", "wholesaler", "wholesalers",
  "factory", "landlords", "insurer", "insurers", "bank", "lender", "lenders", "buyer", "buyers", "agent", "agents", "broker", "brokers",
]);

/** Groups the candidate belongs to: "we" stories. */
export const GROUP_WORDS = new Set(["we", "us", "our", "ours", "ourselves", "team", "teams", "squad", "group", "crew", "unit", "ward", "shift", "everyone", "everybody"]);

/** Pronouns for third parties. */
export const OTHER_PRONOUNS = new Set(["he", "she", "they", "them", "his", "her", "their", "theirs", "him", "hers"]);

/** Things that are nobody's decision: the usual suspects for circumstantial blame. */
export const CIRCUMSTANCE_NOUNS = new Set([
  "deadline", "deadlines", "timeline", "timelines", "schedule", "budget", "budgets", "market", "markets", "economy",
  "pandemic", "covid", "weather", "system", "systems", "software", "tool", "tools", "process", "processes",
  "workload", "traffic", "funding", "requirements", "scope", "situation", "circumstances", "things", "time",
  "resources", "staffing", "recession", "conditions", "demand", "rota", "roster", "season", "strike", "strikes",
  "technology", "platform", "supply", "shortage", "shortages", "culture", "environment", "luck", "regulations",
  "policy", "policies", "paperwork", "bureaucracy", "computer", "computers", "server", "servers", "network",
  "question", "questions", "format", "exercise", "scenario", "setup", "connection", "room", "wifi",
  "targets", "target", "quota", "quotas", "forecast", "stock",
]);

/** Words that stand for a number in speech. */
export const NUMBER_WORDS = new Set([
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
  "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
  "billion", "half", "twice", "double", "triple", "doubled", "tripled", "dozen", "percent", "quarter",
]);

/** High-frequency English function words: a cheap, robust cue for the answer's language. */
export const ENGLISH_FUNCTION_WORDS = new Set([
  "the", "a", "an", "and", "to", "of", "i", "it", "was", "in", "that", "my", "we", "is", "for", "on", "with", "but",
  "not", "so", "me", "they", "be", "have", "had", "this", "at", "as", "did", "do", "would", "our", "were", "what",
  "from", "by", "or", "he", "she", "you", "all", "about", "there", "been", "when", "which", "them", "their", "if",
  "because", "after", "then", "than", "just", "very", "really", "am", "are", "will", "could", "should", "how",
  "out", "up", "into", "over", "more", "also", "some", "any", "one", "time", "work", "job", "team", "since",
]);

/** Words that open a noun phrase: articles, possessives, demonstratives, quantifiers, and the pronouns that stand for one. */
export const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "every", "each", "all", "any", "both", "my", "our", "your", "their", "his", "her", "its", "it", "them"]);

/** The present and past forms of "be" that link a subject to what it is: "40 was the target". */
export const COPULAS: ReadonlySet<string> = new Set(["is", "was", "are", "were"]);
