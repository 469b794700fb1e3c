// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StudentWeakSpot } from '@/domain/analytics/student-progress';
import type { WeakSpot } from '@/domain/analytics/weak-spots';
import { WeakSpotList } from '@/ui/results/weak-spot-list';
import { StudentWeakSpots } from '@/ui/trainer-progress/student-weak-spots';

const classSpot: WeakSpot = {
  dimension: 'script', tag: 'relink', metScam: 20, fellForIt: 5, fellShare: 0.25,
  metGenuine: 10, falseAlarms: 0, falseAlarmShare: 0, moneyLost: 0, scenarioIds: ['a', 'b'],
};

const studentSpot: StudentWeakSpot = {
  dimension: 'redFlag', tag: 'off-platform', metScam: 4, fellForIt: 3, fellShare: 0.75, metGenuine: 2, falseAlarms: 0, falseAlarmShare: 0,
};

const barWidths = (container: HTMLElement) => [...container.querySelectorAll('.share-fill')].map((bar) => bar.getAttribute('width'));

describe('weak-spot bars', () => {
  it('draws the class list with a caption beside every bar, scaled to the share', () => {
    const { container } = render(
      <WeakSpotList
        spots={[classSpot]}
        text={{
          label: (spot) => spot.tag,
          fell: (count, total, percent) => `${count}/${total} fell (${percent}%)`,
          falseAlarm: (count, total, percent) => `${count}/${total} distrusted (${percent}%)`,
          moneyLost: (amount) => amount,
          trainedBy: (count) => `${count} scenarios`,
          formatMoney: String,
          followUp: 'Assign',
          followUpFor: (label) => `Assign ${label}`,
        }}
      />,
    );
    expect(screen.getByText('5/20 fell (25%)')).toBeTruthy();
    expect(screen.getByText('0/10 distrusted (0%)')).toBeTruthy();
    expect(barWidths(container)).toEqual(['25', '0']);
  });

  it('draws only the kinds of miss a student made', () => {
    const { container } = render(
      <StudentWeakSpots spots={[studentSpot]} text={{ label: (spot) => spot.tag, fell: (count, total) => `${count} of ${total}`, falseAlarm: (count, total) => `alarm ${count} of ${total}` }} />,
    );
    expect(screen.getByText('3 of 4')).toBeTruthy();
    expect(screen.queryByText(/alarm/)).toBeNull();
    expect(barWidths(container)).toEqual(['75']);
  });
});
