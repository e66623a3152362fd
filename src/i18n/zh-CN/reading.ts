/** What the reading switches in every page's header say (大字, 高对比). Part of the Chinese dictionary (../zh-CN.ts). */
export const zhCNReading = {
  reading: {
    /** The group of switches, for screen readers. */
    label: '阅读辅助',
    modes: {
      /** Text at one and a half times its size. */
      'large-text': '大字',
      /** Every colour at 7:1 contrast or more. */
      'high-contrast': '高对比',
    },
    /** After a no-JavaScript link whose mode is on (buttons say it with aria-pressed). */
    on: '（已开启）',
  },
} as const;
