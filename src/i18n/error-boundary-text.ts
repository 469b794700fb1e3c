import type { Locale } from './config';

/**
 * The error page's few strings. An error boundary runs in the browser and cannot load the server's
 * catalogue, and importing the catalogues here would send every string of the app with every page.
 */
export const ERROR_BOUNDARY_TEXT: Record<Locale, { title: string; body: string; retry: string; home: string }> = {
  en: {
    title: 'Something went wrong',
    body: 'The page could not be shown. Your answers so far are saved. Try again, or go back to the quiz sets.',
    retry: 'Try again',
    home: 'Back to the quiz sets',
  },
  'zh-CN': {
    title: '出了点问题',
    body: '页面暂时无法显示。你已提交的答案都已保存。请重试，或返回题组列表。',
    retry: '重试',
    home: '返回题组列表',
  },
};
