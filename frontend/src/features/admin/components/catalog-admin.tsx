import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useCatalog, useCatalogs, type CatalogCriterion, type CatalogVersionDetail } from '@/features/admin/api/get-catalogs';
import { useCreateDraft, usePublishCatalog, usePutCriterion, usePutGatingRule, usePutProfile } from '@/features/admin/api/save-catalog';
import { catalogKeys } from '@/features/admin/api/keys';
import { catalogDiff, currentPublished, isEmptyDiff, type CatalogDiff } from '@/features/admin/components/catalog-diff';
import { CriterionForm, toCriterionForm, toCriterionRequest } from '@/features/admin/components/criterion-form';
import { Field, ErrorMessage } from '@/components/ui/field';
import { FieldPair, fieldErrorsOf, fieldId, messageFor, SaveError } from '@/features/admin/components/form-parts';
import { LegalReferenceList } from '@/components/ui/legal-references';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { catalogName } from '@/utils/catalog';
import { formatNumber } from '@/utils/score';
import { formatDateTime, pickText } from '@/utils/format';

/** The catalogue versions, newest first, and a way to start a draft from the one in force. */
export function CatalogVersions() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const query = useCatalogs();
  const create = useCreateDraft();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<unknown>();
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const inForce = currentPublished(query.data);
  const errors = fieldErrorsOf(error);

  return (
    <>
      <ul className="admin-list">
        {query.data.map((v) => (
          <li key={v.id} className="admin-card">
            <h2 className="admin-card__title"><Link to={`/catalogs/${v.id}`}>{v.label}</Link></h2>
            <p>
              <span className={v.status === 'PUBLISHED' ? 'badge badge--in-force' : 'badge badge--planned'}>{t(`catalogs.status.${v.status}`)}</span>
              {v.id === inForce?.id && <> <span className="badge badge--core">{t('catalogs.inForce')}</span></>}
            </p>
            <p className="hint">
              {v.publishedAt ? t('catalogs.publishedAt', { date: formatDateTime(v.publishedAt, i18n.language) }) : t('catalogs.createdBy', { name: v.createdBy })}
            </p>
          </li>
        ))}
      </ul>
      <section className="admin-panel" aria-labelledby="cat-new-title">
        <h2 id="cat-new-title">{t('catalogs.newDraft')}</h2>
        <p className="hint">{t('catalogs.newDraftHint', { label: inForce?.label ?? '' })}</p>
        <form className="form" noValidate onSubmit={(e) => {
          e.preventDefault();
          setError(undefined);
          create.mutate(label, { onSuccess: (c) => navigate(`/catalogs/${c.id}`), onError: setError });
        }}>
          <SaveError error={error} idPrefix="cat-new" labelFor={() => t('catalogs.fields.label')} />
          <Field id={fieldId('label', 'cat-new')} label={t('catalogs.fields.label')} required error={messageFor(errors, 'label')}>
            {(control) => <input {...control} type="text" value={label} onChange={(e) => setLabel(e.target.value)} />}
          </Field>
          <button type="submit" className="button" disabled={create.isPending}>{t('catalogs.createDraft')}</button>
        </form>
      </section>
    </>
  );
}

type Props = { id: number; onPublished: () => void };

/** One catalogue version: read-only when published; a draft's criteria, texts and weights are edited here and it is published. */
export function CatalogEditor({ id, onPublished }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const query = useCatalog(id);
  const versions = useCatalogs();
  const base = currentPublished(versions.data ?? []);
  const baseQuery = useCatalog(base && base.id !== id ? base.id : undefined);
  const put = usePutCriterion();
  const publish = usePublishCatalog(onPublished);
  const [editing, setEditing] = useState<string>();
  const [notice, setNotice] = useState('');
  const [actionError, setActionError] = useState<unknown>();
  const [retiring, setRetiring] = useState<CatalogCriterion>();
  const [publishing, setPublishing] = useState(false);

  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const catalog = query.data;
  const draft = catalog.status === 'DRAFT';
  const name = (c: { nameDe?: string | null; nameEn: string }) => catalogName(c, i18n.language);
  const reload = () => {
    setActionError(undefined);
    void queryClient.invalidateQueries({ queryKey: catalogKeys.all });
  };
  const focusLater = (elementId: string) => setTimeout(() => document.getElementById(elementId)?.focus(), 0);
  const saved = (message: string, focusId?: string) => {
    setNotice(message);
    setEditing(undefined);
    setActionError(undefined);
    if (focusId) focusLater(focusId);
  };

  const setRetired = (c: CatalogCriterion, retired: boolean) => {
    setActionError(undefined);
    put.mutate({ catalogId: id, code: c.id, request: toCriterionRequest(toCriterionForm(c), c, retired) }, {
      onSuccess: () => saved(t(retired ? 'catalogs.retiredDone' : 'catalogs.restoredDone', { name: name(c) }), `crit-${c.id}-edit`),
      onError: setActionError,
    });
  };

  const diff = baseQuery.data ? catalogDiff(baseQuery.data, catalog) : undefined;

  return (
    <>
      <p><Link to="/catalogs">← {t('catalogs.back')}</Link></p>
      <p>
        <span className={draft ? 'badge badge--planned' : 'badge badge--in-force'}>{t(`catalogs.status.${catalog.status}`)}</span>
        {!draft && catalog.publishedAt && <> {t('catalogs.publishedAt', { date: formatDateTime(catalog.publishedAt, i18n.language) })}</>}
      </p>
      <div role="status" className="notice">{notice}</div>
      {actionError ? <SaveError error={actionError} idPrefix="cat-action" labelFor={(f) => f} onReload={reload} /> : null}
      {!draft && <p className="alert">{t('catalogs.readOnly')}</p>}

      {draft && (
        <div className="button-row">
          <button type="button" className="button button--warning" id="cat-publish" disabled={!diff} onClick={() => setPublishing(true)}>
            {t('catalogs.publish')}
          </button>
        </div>
      )}
      <ConfirmDialog open={publishing} title={t('catalogs.confirmPublishTitle', { label: catalog.label })}
        text={t('catalogs.confirmPublishText', { label: base?.label ?? '' })} confirmLabel={t('catalogs.confirmPublish')} cancelLabel={t('common.cancel')}
        onCancel={() => { setPublishing(false); focusLater('cat-publish'); }}
        onConfirm={() => {
          setPublishing(false);
          publish.mutate({ catalogId: id, version: catalog.version }, {
            onSuccess: () => saved(t('catalogs.publishedDone', { label: catalog.label })),
            onError: setActionError,
          });
        }}>
        {diff && <DiffSummary diff={diff} catalog={catalog} base={baseQuery.data!} />}
      </ConfirmDialog>
      <ConfirmDialog open={!!retiring} title={t('catalogs.confirmRetireTitle', { name: retiring ? name(retiring) : '' })}
        text={t('catalogs.confirmRetireText')} confirmLabel={t('catalogs.confirmRetire')} cancelLabel={t('common.cancel')}
        onCancel={() => { if (retiring) focusLater(`crit-${retiring.id}-retire`); setRetiring(undefined); }}
        onConfirm={() => { if (retiring) setRetired(retiring, true); setRetiring(undefined); }} />

      <h2>{t('catalogs.weights')}</h2>
      {catalog.profiles.map((p) => (
        <ProfileWeights key={`${p.code}-${catalog.version}`} catalog={catalog} code={p.code} draft={draft} onReload={reload}
          onSaved={() => saved(t('catalogs.weightsDone', { profile: t(`profileName.${p.code}`, { defaultValue: p.code }) }))} />
      ))}

      <h2>{t('catalogEditor.gatingRules')}</h2>
      <p className="hint">{t('catalogEditor.gatingRulesHint')}</p>
      {catalog.gatingRules.map((g) => (
        <GatingRuleForm key={`${g.code}-${g.version}`} catalogId={catalog.id} rule={g} draft={draft} onReload={reload}
          onSaved={() => saved(t('catalogEditor.gatingRuleDone', { code: g.code }))} />
      ))}

      <h2>{t('catalogs.criteria')}</h2>
      {draft && (editing === '' ? (
        <section className="admin-panel" aria-label={t('catalogs.addCriterion')}>
          <CriterionForm catalog={catalog} onReload={reload} onCancel={() => { setEditing(undefined); focusLater('crit-add'); }}
            onSaved={(code) => saved(t('catalogs.addedDone', { code }), `crit-${code}-edit`)} />
        </section>
      ) : (
        <button type="button" className="button" id="crit-add" onClick={() => setEditing('')}>+ {t('catalogs.addCriterion')}</button>
      ))}
      {catalog.groups.map((g) => {
        const members = catalog.criteria.filter((c) => c.group === g.code);
        return (
          <section key={g.code} aria-labelledby={`grp-${g.code}`}>
            <h3 id={`grp-${g.code}`}>{name(g)}</h3>
            <ul className="admin-list">
              {members.map((c) => {
                const suffix = <span className="visually-hidden"> – {name(c)}</span>;
                return (
                  <li key={c.id} className={c.retired ? 'admin-card is-retired' : 'admin-card'}>
                    <h4 className="admin-card__title">{name(c)} <span className="admin-card__sub">{c.id}</span></h4>
                    <p>
                      {c.core && <span className="badge badge--core">{t('catalogs.core')}</span>}
                      {c.retired && <span className="badge badge--archived">{t('catalogs.retired')}</span>}
                    </p>
                    <p>{i18n.language === 'en' ? c.questionEn : c.questionDe ?? c.questionEn}</p>
                    {c.legalReferences.length > 0 && (
                      <details>
                        <summary>{t('catalogEditor.referencesCount', { count: c.legalReferences.length })}<span className="visually-hidden"> – {name(c)}</span></summary>
                        <LegalReferenceList references={c.legalReferences} />
                      </details>
                    )}
                    {draft && (
                      <div className="button-row">
                        <button type="button" className="button button--secondary button--small" id={`crit-${c.id}-edit`}
                          aria-expanded={editing === c.id} onClick={() => setEditing(editing === c.id ? undefined : c.id)}>
                          {t('catalogs.edit')}{suffix}
                        </button>
                        <button type="button" className="button button--secondary button--small" id={`crit-${c.id}-retire`} disabled={put.isPending}
                          onClick={() => (c.retired ? setRetired(c, false) : setRetiring(c))}>
                          {t(c.retired ? 'catalogs.restore' : 'catalogs.retire')}{suffix}
                        </button>
                      </div>
                    )}
                    {editing === c.id && (
                      <CriterionForm key={c.version} catalog={catalog} criterion={c} onReload={reload}
                        onCancel={() => { setEditing(undefined); focusLater(`crit-${c.id}-edit`); }}
                        onSaved={() => saved(t('catalogs.savedDone', { name: name(c) }), `crit-${c.id}-edit`)} />
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function DiffSummary({ diff, catalog, base }: { diff: CatalogDiff; catalog: CatalogVersionDetail; base: CatalogVersionDetail }) {
  const { t, i18n } = useTranslation();
  const criterion = (code: string) => {
    const c = catalog.criteria.find((x) => x.id === code) ?? base.criteria.find((x) => x.id === code);
    return c ? `${catalogName(c, i18n.language)} (${code})` : code;
  };
  const group = (code: string) => {
    const g = catalog.groups.find((x) => x.code === code);
    return g ? catalogName(g, i18n.language) : code;
  };
  const pct = (v: number | undefined) => (v === undefined ? '–' : `${Math.round(v * 1000) / 10} %`);
  const profile = (code: string) => t(`profileName.${code}` as ParseKeys, { defaultValue: code });
  const rule = (code: string) => {
    const g = catalog.gatingRules.find((x) => x.code === code);
    const text = g && pickText(g.descriptionDe, g.descriptionEn, i18n.language);
    return text ? <><span translate="no">{code}</span>: <span lang={text.lang}>{text.text}</span></> : code;
  };
  const references = (r: CatalogDiff['references'][number]) => `${criterion(r.id)}: ${[
    ...r.added.map((l) => t('catalogEditor.diff.referenceAdded', { name: l })),
    ...r.changed.map((l) => t('catalogEditor.diff.referenceChanged', { name: l })),
    ...r.removed.map((l) => t('catalogEditor.diff.referenceRemoved', { name: l })),
  ].join('; ')}`;
  if (isEmptyDiff(diff)) return <p>{t('catalogs.diff.none')}</p>;
  const section = (key: string, items: React.ReactNode[]) => items.length > 0 && (
    <div className="diff-section">
      <h3>{t(key.includes('.') ? key as ParseKeys : `catalogs.diff.${key}` as ParseKeys, { count: items.length })}</h3>
      <ul>{items.map((item, i) => <li key={i}>{item}</li>)}</ul>
    </div>
  );
  return (
    <div className="diff-summary">
      {section('added', diff.added.map(criterion))}
      {section('retired', diff.retired.map(criterion))}
      {section('changed', diff.changed.map((c) => `${criterion(c.id)}: ${c.fields.map((f) => t(`catalogs.fields.${f}` as ParseKeys)).join(', ')}`))}
      {section('catalogEditor.diff.references', diff.references.map(references))}
      {section('weights', diff.weights.map((w) => `${profile(w.profile)} – ${group(w.group)}: ${pct(w.from)} → ${pct(w.to)}`))}
      {section('caps', diff.caps.map(profile))}
      {section('catalogEditor.diff.rationales', diff.rationales.map(profile))}
      {section('catalogEditor.diff.gatingRules', diff.gatingRules.map(rule))}
    </div>
  );
}

function ProfileWeights({ catalog, code, draft, onSaved, onReload }: {
  catalog: CatalogVersionDetail; code: string; draft: boolean; onSaved: () => void; onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const profile = catalog.profiles.find((p) => p.code === code)!;
  const save = usePutProfile();
  const [weights, setWeights] = useState(() => Object.fromEntries(catalog.groups.map((g) => [g.code, String(profile.weights[g.code] ?? 0)])));
  const [rationale, setRationale] = useState({ de: profile.rationaleDe ?? '', en: profile.rationale ?? '' });
  const [error, setError] = useState<unknown>();
  const prefix = `prof-${code}`;
  const errors = fieldErrorsOf(error);
  const sum = Object.values(weights).reduce((s, v) => s + (Number(v) || 0), 0);
  const sumError = errors.filter((e) => e.field === 'weights').map((e) => e.message).join(' ') || undefined;
  const groupName = (g: string) => catalogName(catalog.groups.find((x) => x.code === g) ?? { nameEn: g }, i18n.language);

  return (
    <form className="form admin-card" noValidate aria-labelledby={`${prefix}-title`} onSubmit={(e) => {
      e.preventDefault();
      setError(undefined);
      // mutateAsync: the refetch re-keys this form by version, and mutate's callbacks die with it.
      save.mutateAsync({
        catalogId: catalog.id, code,
        // An emptied rationale goes as "" (null would keep the old text).
        request: { version: catalog.version, weights: Object.fromEntries(Object.entries(weights).map(([g, v]) => [g, Number(v)])),
          rationale: rationale.en.trim(), rationaleDe: rationale.de.trim() },
      }).then(onSaved, setError);
    }}>
      <h3 id={`${prefix}-title`} className="admin-card__title">
        {t('catalogs.profile', { code: t(`profileName.${code}`, { defaultValue: code }) })}{profile.isDefault && <> <span className="badge badge--core">{t('catalogs.defaultProfile')}</span></>}
      </h3>
      <SaveError error={error} idPrefix={prefix} onReload={onReload}
        labelFor={(f) => (f.startsWith('weights.') ? groupName(f.slice('weights.'.length))
          : f === 'rationale' || f === 'rationaleDe' ? `${t('catalogEditor.rationale')} (${t(`admin.language.${f === 'rationale' ? 'en' : 'de'}`)})`
            : t('catalogs.weights'))} />
      <fieldset className={sumError ? 'fieldset has-error' : 'fieldset'} id={fieldId('weights', prefix)} tabIndex={-1}
        aria-describedby={sumError ? `${fieldId('weights', prefix)}-error` : undefined}>
        <legend>{t('catalogs.weightsLegend')}</legend>
        {sumError && <ErrorMessage id={`${fieldId('weights', prefix)}-error`} message={sumError} />}
        <div className="weights-grid">
          {catalog.groups.map((g) => (
            <Field key={g.code} id={fieldId(`weights.${g.code}`, prefix)} label={groupName(g.code)} error={messageFor(errors, `weights.${g.code}`)}>
              {(control) => <input {...control} type="number" step="0.01" min={0} max={1} readOnly={!draft}
                value={weights[g.code]} onChange={(e) => setWeights((w) => ({ ...w, [g.code]: e.target.value }))} />}
            </Field>
          ))}
        </div>
        <p aria-live="polite">{t('catalogs.weightsSum', { sum: formatNumber(sum, i18n.language, 3) })}</p>
      </fieldset>
      {draft ? (
        <FieldPair idPrefix={prefix} label={t('catalogEditor.rationale')} names={{ de: 'rationaleDe', en: 'rationale' }} values={rationale}
          errors={errors} multiline onChange={(language, value) => setRationale((r) => ({ ...r, [language]: value }))} />
      ) : <Rationale profile={profile} />}
      {draft && <button type="submit" className="button" disabled={save.isPending}>{t('catalogs.saveWeights')}</button>}
    </form>
  );
}

/** A published profile's rationale in the user's language (English, marked, while the German text is missing). */
function Rationale({ profile }: { profile: CatalogVersionDetail['profiles'][number] }) {
  const { t, i18n } = useTranslation();
  const text = pickText(profile.rationaleDe, profile.rationale, i18n.language);
  return text ? <p><strong>{t('catalogEditor.rationale')}:</strong> <span lang={text.lang}>{text.text}</span></p> : null;
}

type GatingRule = CatalogVersionDetail['gatingRules'][number];

/** The description of one gating rule in both languages; editable in a draft, guarded by the rule's own version. */
function GatingRuleForm({ catalogId, rule, draft, onSaved, onReload }: {
  catalogId: number; rule: GatingRule; draft: boolean; onSaved: () => void; onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const save = usePutGatingRule();
  const [texts, setTexts] = useState({ de: rule.descriptionDe ?? '', en: rule.descriptionEn });
  const [error, setError] = useState<unknown>();
  const prefix = `rule-${rule.code}`;
  const errors = fieldErrorsOf(error);
  if (!draft) {
    const text = pickText(rule.descriptionDe, rule.descriptionEn, i18n.language);
    return (
      <div className="admin-card">
        <h3 className="admin-card__title" translate="no">{rule.code}</h3>
        {text && <p lang={text.lang}>{text.text}</p>}
      </div>
    );
  }
  return (
    <form className="form admin-card" noValidate aria-labelledby={`${prefix}-title`} onSubmit={(e) => {
      e.preventDefault();
      setError(undefined);
      // mutateAsync: the refetch re-keys this form by version, and mutate's callbacks die with it.
      save.mutateAsync({ catalogId, code: rule.code, request: { version: rule.version, descriptionEn: texts.en.trim(), descriptionDe: texts.de.trim() || null } })
        .then(onSaved, setError);
    }}>
      <h3 id={`${prefix}-title`} className="admin-card__title">{t('catalogEditor.gatingRule')} <span translate="no">{rule.code}</span></h3>
      <SaveError error={error} idPrefix={prefix} onReload={onReload}
        labelFor={(f) => `${t('catalogEditor.description')} (${t(`admin.language.${f === 'descriptionDe' ? 'de' : 'en'}`)})`} />
      <FieldPair idPrefix={prefix} label={t('catalogEditor.description')} names={{ de: 'descriptionDe', en: 'descriptionEn' }} values={texts}
        errors={errors} requiredEn multiline onChange={(language, value) => setTexts((x) => ({ ...x, [language]: value }))} />
      <button type="submit" className="button" disabled={save.isPending}>
        {t('catalogEditor.saveGatingRule')}<span className="visually-hidden" translate="no"> – {rule.code}</span>
      </button>
    </form>
  );
}
