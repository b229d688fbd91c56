import { describe, expect, it } from 'vitest';
import { opdFor } from '../../../src/maps/opd.js';

describe('opdFor', () => {
  it('sends a power cut to the economy section with PLN (PLN is no OPD)', () => {
    expect(opdFor(['infrastruktur'], ['listrik padam', 'namosain'], 'Kota Kupang')).toBe('Bagian Perekonomian Setda Kota Kupang (bersama PLN UP3 setempat)');
  });

  it('sends a water outage to the water company, flood relief with clean water to the disaster office', () => {
    expect(opdFor(['banjir-lingkungan'], ['perumda', 'pipa patah'], 'Kota Kupang')).toBe('Perumda Air Minum (PDAM) Kota Kupang');
    expect(opdFor(['pelayanan-publik'], ['air bersih', 'sikumana'], 'Kota Kupang')).toBe('Perumda Air Minum (PDAM) Kota Kupang');
    expect(opdFor(['banjir-lingkungan'], ['bantuan logistik', 'air bersih', 'oesapa'], 'Kota Kupang')).toBe('BPBD Kota Kupang');
  });

  it('lets the office override a topic', () => {
    expect(opdFor(['banjir-lingkungan'], ['banjir'], 'Kota Jambi', { 'banjir-lingkungan': 'Dinas PUPR {region}' })).toBe('Dinas PUPR Kota Jambi');
  });
});
