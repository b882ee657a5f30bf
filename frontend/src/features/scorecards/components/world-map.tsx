import { use, useId, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RankingEntry } from '@/features/scorecards/api/types';
import { formatScore } from '@/utils/score';

const W = 960;
const H = 470;
/** Five steps of viridis: perceptually even, distinguishable with the common colour-vision deficiencies and in greyscale. */
export const SCORE_COLOURS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'] as const;
const NO_INSTRUMENTS = '#d6d8da';

export function scoreColour(score: number): string {
  return SCORE_COLOURS[Math.min(4, Math.floor(score / 20))];
}

type CountryFeature = Feature<Geometry, { name: string }>;

// The atlas ships inside the bundle as its own chunk, loaded once when a map is first shown; no request leaves the app.
let countriesPromise: Promise<CountryFeature[]> | undefined;
export function loadCountries(): Promise<CountryFeature[]> {
  countriesPromise ??= import('world-atlas/countries-110m.json').then((module) => {
    const topology = module.default as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    return (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
  });
  return countriesPromise;
}

/**
 * Choropleth of the ranking. Colour is never the only carrier: scored countries carry their score as text,
 * countries with instruments but no score are hatched, and each of them is a focusable link named "Kenia: 42 von 100".
 * The ranking table on the same page is the full text alternative.
 */
export default function WorldMap({ entries }: { entries: RankingEntry[] }) {
  const countries = use(loadCountries());
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const titleId = useId();
  const descId = useId();
  const hatchId = useId().replace(/:/g, '');
  const lang = i18n.language;

  const shapes = useMemo(() => {
    const projection = geoEqualEarth().fitExtent([[4, 4], [W - 4, H - 4]], { type: 'Sphere' });
    const path = geoPath(projection);
    return countries.map((f) => ({ id: f.id === undefined ? undefined : String(f.id).padStart(3, '0'), d: path(f) ?? '', centroid: path.centroid(f), area: path.area(f) }));
  }, [countries]);

  const byCode = new Map(entries.filter((e) => e.numericCode).map((e) => [e.numericCode!.padStart(3, '0'), e]));

  return (
    <figure className="world-map">
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-labelledby={titleId} aria-describedby={descId}>
        <title id={titleId}>{t('dashboard.mapLabel')}</title>
        <desc id={descId}>{t('dashboard.mapSummary', { count: entries.length })}</desc>
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#4a4f55" strokeWidth="2.5" />
          </pattern>
        </defs>
        <g aria-hidden="true">
          {shapes.filter((s) => !s.id || !byCode.has(s.id)).map((s, i) => (
            <path key={`${s.id ?? 'x'}-${i}`} d={s.d} fill={NO_INSTRUMENTS} stroke="#fff" strokeWidth={0.5} />
          ))}
        </g>
        {shapes.filter((s) => s.id && byCode.has(s.id)).map((s) => {
          const entry = byCode.get(s.id!)!;
          const name = lang === 'en' ? entry.nameEn : entry.nameDe;
          const score = formatScore(entry.score, lang);
          const label = score === undefined ? t('score.countryNotAssessed', { country: name }) : t('score.countryScore', { country: name, score });
          const open = () => void navigate(`/countries/${entry.iso2}/scorecard`);
          return (
            <g key={s.id} className="map-country" role="link" tabIndex={0} aria-label={label}
              onClick={open} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); open(); } }}>
              <title>{label}</title>
              <path d={s.d} fill={entry.score === null ? `url(#${hatchId})` : scoreColour(entry.score)} stroke="#1b1b1b" strokeWidth={0.8} />
              {score !== undefined && Number.isFinite(s.centroid[0]) && (
                <text x={s.centroid[0]} y={s.centroid[1]} className="map-country__score" textAnchor="middle" dominantBaseline="middle" aria-hidden="true">{score}</text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <MapLegend hatchId={hatchId} />
      </figcaption>
    </figure>
  );
}

function MapLegend({ hatchId }: { hatchId: string }) {
  const { t } = useTranslation();
  return (
    <div className="map-legend">
      <h3 className="map-legend__title">{t('dashboard.legend')}</h3>
      <ul>
        {SCORE_COLOURS.map((c, i) => (
          <li key={c}><span className="swatch" style={{ background: c }} aria-hidden="true" />{i * 20}–{i === 4 ? 100 : i * 20 + 19}</li>
        ))}
        <li>
          <svg className="swatch" viewBox="0 0 16 16" aria-hidden="true"><rect width="16" height="16" fill={`url(#${hatchId})`} stroke="#1b1b1b" /></svg>
          {t('dashboard.legendNotAssessed')}
        </li>
        <li><span className="swatch" style={{ background: NO_INSTRUMENTS }} aria-hidden="true" />{t('dashboard.legendNoInstruments')}</li>
      </ul>
    </div>
  );
}
