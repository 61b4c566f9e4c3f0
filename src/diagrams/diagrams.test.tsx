import { render, screen, within } from '@testing-library/react';
import type { ComponentType } from 'react';
import { describe, expect, test } from 'vitest';
import { DiagramFrame } from './diagram-frame';
import { diagramMessages } from './messages';

const modules = import.meta.glob<{ default: ComponentType }>(
  ['./*.tsx', '!./diagram-frame.tsx', '!./svg-kit.tsx', '!./*.test.tsx'],
  { eager: true },
);

const diagrams = Object.entries(modules).map(([path, module]) => ({
  name: path.replace(/^\.\//, '').replace(/\.tsx$/, ''),
  Diagram: module.default,
}));

/** The names lessons may use in <Diagram name="…" /> (see the contract). */
const contractNames = [
  'hypervisors',
  'vm-vs-container',
  'namespaces-cgroups',
  'image-layers',
  'volumes',
  'bridge-network',
  'overlay-network',
  'registry',
  'multi-stage-build',
  'compose-stack',
  'observability-pillars',
  'prometheus-stack',
  'elastic-pipeline',
  'virtualisation-domains',
  'container-lifecycle',
  'tracing-pipeline',
  'build-stages',
];

/** Paint may only come from the theme variables (or none, currentColor, a local paint server). */
const allowedPaint = /^(none|currentColor|var\(--c-[a-z-]+\)|url\(#[A-Za-z0-9_-]+\))$/;
const hardCodedColour = /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i;
const paintAttributes = ['fill', 'stroke', 'stop-color', 'flood-color', 'lighting-color', 'color'];

function renderedSvg(container: HTMLElement): SVGSVGElement {
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('diagram: no <svg> rendered');
  return svg;
}

test('every diagram named in the contract exists, and nothing else', () => {
  expect(diagrams.map((diagram) => diagram.name).sort()).toEqual([...contractNames].sort());
});

describe.each(diagrams)('diagram $name', ({ Diagram }) => {
  test('is an image named by its title and described in full', () => {
    const { container } = render(<Diagram />);
    const svg = renderedSvg(container);
    const title = svg.querySelector('title')?.textContent ?? '';
    const description = svg.querySelector('desc')?.textContent ?? '';
    expect(title.trim()).not.toBe('');
    expect(description.trim().length).toBeGreaterThan(150);

    const image = screen.getByRole('img', { name: title });
    expect(image).toBe(svg);
    expect(image).toHaveAccessibleDescription(description);

    const figure = screen.getByRole('figure', { name: title });
    const summary = within(figure).getByText(diagramMessages.fr['diagram.description']);
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary.closest('details')?.querySelector('p')?.textContent).toBe(description);
  });

  test('uses theme colours only', () => {
    const { container } = render(<Diagram />);
    for (const element of renderedSvg(container).querySelectorAll('*')) {
      for (const attribute of paintAttributes) {
        const value = element.getAttribute(attribute);
        if (value === null) continue;
        expect(value, `${element.tagName} ${attribute}`).toMatch(allowedPaint);
        expect(value.replace(/url\(#[^)]*\)/g, '')).not.toMatch(hardCodedColour);
      }
      expect(element.getAttribute('style') ?? '').not.toMatch(hardCodedColour);
    }
  });

  test('references only paint servers and markers that it defines itself', () => {
    const { container } = render(<Diagram />);
    const svg = renderedSvg(container);
    for (const element of svg.querySelectorAll('*')) {
      for (const { value } of element.attributes) {
        for (const [reference, id = ''] of value.matchAll(/url\(#([^)]+)\)/g)) {
          const target = [...svg.querySelectorAll('[id]')].find((candidate) => candidate.id === id);
          expect(target, reference).toBeDefined();
        }
      }
    }
  });

  test('keeps its text legible and typographically French', () => {
    const { container } = render(<Diagram />);
    const texts = [...renderedSvg(container).querySelectorAll('text')];
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      const content = text.textContent;
      expect(Number(text.getAttribute('font-size')), content).toBeGreaterThanOrEqual(13);
      expect(content).not.toMatch(/'/);
      expect(content).not.toMatch(/ [:;?!»]|« /);
    }
    const description = renderedSvg(container).querySelector('desc')?.textContent ?? '';
    expect(description).not.toMatch(/'/);
    expect(description).not.toMatch(/ [:;?!»]|« /);
  });
});

test('several diagrams on one page keep their ids apart', () => {
  const { container } = render(
    <>
      {diagrams.map(({ name, Diagram }) => (
        <Diagram key={name} />
      ))}
      {diagrams.map(({ name, Diagram }) => (
        <Diagram key={`${name}-again`} />
      ))}
    </>,
  );
  const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('the frame takes its title, description and summary label from props', () => {
  render(
    <DiagramFrame title="Titre" description="Une description complète." viewBox="0 0 640 200" summaryLabel="Texte">
      <rect x={0} y={0} width={10} height={10} fill="var(--c-surface)" />
    </DiagramFrame>,
  );
  const image = screen.getByRole('img', { name: 'Titre' });
  expect(image).toHaveAccessibleDescription('Une description complète.');
  expect(image).toHaveAttribute('width', '640');
  expect(image).toHaveAttribute('height', '200');
  expect(screen.getByText('Texte').tagName).toBe('SUMMARY');
});
