/**
 * What China's rules for government websites ask every page to show: the footer's identifiers, each
 * page's dates, the human site map, archived plans, the home page's latest items and the metadata's
 * column names. Part of the Chinese dictionary (../zh-CN.ts).
 */
export const zhCNGovSite = {
  identity: {
    host: '主办单位',
    organiser: '承办单位',
    siteCode: '网站标识码',
    phone: '联系电话',
    email: '联系邮箱',
    address: '地址',
    badge: '党政机关网站标识',
    siteMap: '网站地图',
    errorReport: '我为政府网站找错',
    disclosure: '依申请公开',
    footerLabel: '网站标识与联系方式',
    /** The demo's banner over its footer: the identifiers are made up. */
    example: '以下标识与联系方式均为示例，不是真实的备案信息。',
  },
  dates: {
    published: '发布时间',
    updated: '更新时间',
    notStated: '未注明',
    /** Why a date is missing: content states none and no commit dates it (a build outside git, or from a shallow clone). */
    notStatedWhy: '内容未注明日期，也没有提交记录可据',
  },
  siteMap: {
    title: '网站地图',
    intro: '本站全部栏目和页面。',
    columns: '栏目',
    plans: '方案',
    projects: '实事项目',
    targets: '指标',
    reports: '进度报告',
    other: '其他页面',
    xml: '机器可读的站点地图（XML）',
  },
  archive: {
    badge: '已归档',
    notice: (date: string) => `本方案已于${date}归档：页面保留归档时的内容，不再更新，也不再提示报告逾期。`,
  },
  latest: {
    title: '最新发布',
    plan: (title: string) => `方案：${title}`,
    report: (date: string) => `截至${date}的进度报告`,
    adjustment: (target: string) => `目标调整：${target}`,
    none: '尚无发布记录。',
  },
  delay: {
    label: '发布用时',
    /** From the as-of date to publication, in working days counted Monday to Friday. */
    text: (days: number, workdays: number) => `数据截至日至本站发布日共 ${days} 天，约 ${workdays} 个工作日（按周一至周五计，未扣除法定节假日）。`,
    rule: '《中华人民共和国政府信息公开条例》第二十六条：属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开。',
    over: '超过20个工作日',
  },
  columns: {
    /** ColumnType of list pages: the function 《政府网站发展指引》 gives such a column. */
    type: '信息发布',
    reportsDescription: (plan: string) => `${plan}的每期进度报告，注明来源和发布时间。`,
    departmentsDescription: '牵头和负责民生实事指标的部门。',
    countiesDescription: '民生实事指标涉及的县市。',
    issuersDescription: '发布民生实事清单的各级政府。',
    dataDescription: '民生实事指标与进度的开放数据下载。',
    searchDescription: '按字词、数字、部门、县市搜索民生实事指标。',
    siteMapDescription: '本站全部栏目和页面。',
    homeDescription: '年度民生实事的目标、单位和进度。',
    keywords: '民生实事,进度,指标,牵头单位,责任单位',
  },
} as const;
