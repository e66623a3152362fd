/**
 * The columns of the open data tables (targets, adjustments, reported values): name, Frictionless
 * type and description in Chinese and English. The data dictionary page and the JSON Schemas list
 * these same fields. Pure data.
 */

/** A column of a download: name, Frictionless type, and what it holds (Chinese — English). */
export interface Field {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date' | 'boolean' | 'array';
  description: string;
}

/** Separator of multi-valued cells in CSV (JSON keeps arrays). */
export const LIST_SEPARATOR = ';';

/** The columns of targets.csv|json: one row per target, its terms in force and its status. */
export const TARGET_FIELDS: readonly Field[] = [
  { name: 'plan', type: 'string', description: '方案编号 — plan id' },
  { name: 'project_id', type: 'string', description: '实事编号 — project id' },
  { name: 'project_number', type: 'integer', description: '实事序号（一、二…即 1、2…） — project number in the plan' },
  { name: 'project_title', type: 'string', description: '实事标题 — project title' },
  { name: 'sub_item_id', type: 'string', description: '分项编号 — sub-item id' },
  { name: 'sub_item_number', type: 'string', description: '分项序号（一）（二）…，无分项时为空 — sub-item numeral, empty when none' },
  { name: 'sub_item_title', type: 'string', description: '分项标题 — sub-item title' },
  { name: 'target_id', type: 'string', description: '指标编号，稳定不变 — target id, stable' },
  { name: 'label', type: 'string', description: '指标名称 — what is committed' },
  { name: 'kind', type: 'string', description: '类型：count 数量、percentage 百分比、milestone 里程碑、ongoing 常态化、external 上级下达 — kind' },
  { name: 'unit', type: 'string', description: '单位 — unit' },
  { name: 'target_value', type: 'number', description: '目标值（数量、百分比指标），经批准调整的为调整后的值 — target value (count and percentage targets); the adjusted value where it was changed with approval' },
  { name: 'comparator', type: 'string', description: '目标写法：at-least 不低于、about 约、stated 直接写数、zero 动态清零、full-coverage 全覆盖 — how the target is worded' },
  { name: 'target_as_written', type: 'string', description: '方案原文中的数字写法 — the figure as the plan writes it' },
  { name: 'direction', type: 'string', description: 'higher 越高越好 / lower 越低越好 — which way is better' },
  { name: 'baseline_value', type: 'number', description: '基数（已知时） — baseline, where known' },
  { name: 'baseline_as_of', type: 'date', description: '基数日期 — date of the baseline' },
  { name: 'deadline', type: 'date', description: '截止日期，经批准调整的为调整后的日期 — deadline; the adjusted one where it was changed with approval' },
  { name: 'lead_unit_ids', type: 'array', description: `牵头单位编号，以“${LIST_SEPARATOR}”分隔 — lead unit ids` },
  { name: 'lead_units', type: 'array', description: `牵头单位（方案写法），以“${LIST_SEPARATOR}”分隔 — lead units as written` },
  { name: 'responsible_unit_ids', type: 'array', description: `责任单位编号 — responsible unit ids` },
  { name: 'responsible_units', type: 'array', description: `责任单位（方案写法） — responsible units as written` },
  { name: 'county_ids', type: 'array', description: '涉及县市编号 — county ids' },
  { name: 'counties', type: 'array', description: '涉及县市 — counties' },
  { name: 'status', type: 'string', description: '截至本数据包日期的状态（见方法说明） — status as of this package’s date (see methodology)' },
  { name: 'url', type: 'string', description: '指标页网址（站内路径） — target page path' },
  { name: 'original_target_value', type: 'number', description: '方案原定目标值（从不改写） — the target value as the plan set it (never overwritten)' },
  { name: 'original_deadline', type: 'date', description: '方案原定截止日期 — the deadline as the plan set it' },
  { name: 'adjusted_on', type: 'date', description: '最近一次经批准调整的生效日期；未调整为空 — effective date of the latest approved adjustment; empty when none' },
  { name: 'issuer_id', type: 'string', description: '方案的发布机关编号（见 /issuers/） — id of the plan’s issuer' },
  { name: 'contributes_to', type: 'string', description: '本指标计入的上级发布机关指标编号；不计入时为空 — id of the target of an issuer above that this target counts towards; empty when none' },
];

/** The columns of adjustments.csv|json: one row per approved adjustment, with the terms it replaced. */
export const ADJUSTMENT_FIELDS: readonly Field[] = [
  { name: 'plan', type: 'string', description: '方案编号 — plan id' },
  { name: 'target_id', type: 'string', description: '指标编号 — target id' },
  { name: 'effective', type: 'date', description: '调整生效日期 — date the change takes effect' },
  { name: 'previous_target_value', type: 'number', description: '调整前的目标值 — target value before this change' },
  { name: 'target_value', type: 'number', description: '调整后的目标值；只调整截止日期时为空 — new target value; empty when only the deadline changed' },
  { name: 'target_as_written', type: 'string', description: '批准文件中新目标的写法 — the new figure as the approving document writes it' },
  { name: 'previous_deadline', type: 'date', description: '调整前的截止日期 — deadline before this change' },
  { name: 'deadline', type: 'date', description: '调整后的截止日期；未调整时为空 — new deadline; empty when unchanged' },
  { name: 'reason', type: 'string', description: '调整原因 — reason' },
  { name: 'approval_title', type: 'string', description: '批准文件标题 — title of the approving document' },
  { name: 'approval_issuer', type: 'string', description: '批准机关 — who approved it' },
  { name: 'approval_date', type: 'date', description: '批准日期 — date of approval' },
  { name: 'approval_url', type: 'string', description: '批准文件网址 — URL of the approving document' },
  { name: 'approval_reference', type: 'string', description: '批准文件文号 — document number of the approving document' },
  { name: 'published', type: 'date', description: '本站发布日期 — date published on this site' },
];

/** The columns of values.csv|json: every reported value in long format, with its source. */
export const VALUE_FIELDS: readonly Field[] = [
  { name: 'plan', type: 'string', description: '方案编号 — plan id' },
  { name: 'target_id', type: 'string', description: '指标编号 — target id' },
  { name: 'as_of', type: 'date', description: '数据截至日期 — as-of date' },
  { name: 'value', type: 'number', description: '数值（累计数或水平值）；里程碑为空 — value; empty for milestones' },
  { name: 'state', type: 'string', description: '里程碑状态：planned / met / partially-met / not-met — milestone state' },
  { name: 'set_value', type: 'number', description: '上级下达的目标值（外部设定指标） — externally set target value' },
  { name: 'county_id', type: 'string', description: '县市编号；为空表示全州合计 — county id; empty for the total' },
  { name: 'county', type: 'string', description: '县市 — county' },
  { name: 'source_title', type: 'string', description: '来源标题 — source title' },
  { name: 'source_issuer', type: 'string', description: '来源发布机关 — source issuer' },
  { name: 'source_date', type: 'date', description: '来源日期 — source date' },
  { name: 'source_url', type: 'string', description: '来源网址 — source URL' },
  { name: 'source_reference', type: 'string', description: '来源文号 — source document reference' },
  { name: 'note', type: 'string', description: '说明 — note' },
  { name: 'corrects', type: 'date', description: '所更正报告的截至日期 — as-of date of the report this value corrects' },
  { name: 'revised_down', type: 'boolean', description: '累计数较上期下调 — cumulative figure lower than the previous report' },
  { name: 'reported_status', type: 'string', description: '来源原文的进度用语，逐字（如 按序时推进） — the status word the source states, verbatim' },
  { name: 'reported_as', type: 'string', description: '该用语对应的本站状态（见 content/status-words.json） — the status the word stands for on this site’s scale' },
  { name: 'reported_rate', type: 'number', description: '来源给出的完成率，占年度目标的百分比，照录（111.5 即 111.5%） — completion rate the source states, % of the annual target' },
  { name: 'value_from_rate', type: 'boolean', description: 'value 不是来源给出的数字，而是本站按完成率 × 目标值推算 — value is not stated by the source but derived by this site as rate × target' },
  { name: 'published', type: 'date', description: '本站发布日期 — date published on this site' },
];
