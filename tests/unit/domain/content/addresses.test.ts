import { describe, expect, it } from 'vitest';
import { splitAddress } from '@/domain/content/addresses';

describe('splitAddress', () => {
  it('emphasises the fictional registrable domain, not the example suffix alone', () => {
    expect(splitAddress('https://m.yifu-jiedong.example.net/refund?id=7')).toEqual({ before: 'https://m.', domain: 'yifu-jiedong.example.net', after: '/refund?id=7' });
    expect(splitAddress('https://yifu.example.com')).toEqual({ before: 'https://', domain: 'yifu.example.com', after: '' });
  });

  it('uses the public suffix list for real domains, including two-level suffixes', () => {
    expect(splitAddress('https://www.taobao.com.cn.evil.com.cn/x').domain).toBe('evil.com.cn');
    expect(splitAddress('http://login.bank.co.uk/').domain).toBe('bank.co.uk');
  });

  it('keeps a look-alike prefix outside the emphasised domain', () => {
    const parts = splitAddress('https://yifu.example.com.pay-check.example.org/login');
    expect(parts.domain).toBe('pay-check.example.org');
    expect(parts.before + parts.domain + parts.after).toBe('https://yifu.example.com.pay-check.example.org/login');
  });

  it('returns addresses without a host whole', () => {
    expect(splitAddress('tel:95000')).toEqual({ before: 'tel:95000', domain: '', after: '' });
  });
});
