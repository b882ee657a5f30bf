import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgreementView } from '@/features/agreements/api/get-agreement';
import { useArchiveAgreement } from '@/features/agreements/api/archive-agreement';
import { useRestoreAgreement } from '@/features/agreements/api/restore-agreement';
import { AgreementStatusBadge } from '@/features/agreements/components/agreement-status-badge';
import { isUnsigned } from '@/config/enums';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ApiError } from '@/lib/api-client';
import { countryName, formatDate, formatDateTime, pickText, regionName } from '@/utils/format';
import { InstrumentTitle } from '@/components/ui/instrument-title';

/** `canEdit` hides editing, archiving and restoring from people whose role may not do them. */
export function AgreementDetail({ agreement, canEdit }: { agreement: AgreementView; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const summary = pickText(agreement.summaryDe, agreement.summaryEn, lang);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string>();
  const archive = useArchiveAgreement();
  const restore = useRestoreAgreement();
  const failure = archive.error ?? restore.error;
  const a = agreement;

  const linked = (l: AgreementView['successors'][number]) => (
    <Link to={`/agreements/${l.id}`}><InstrumentTitle item={l} /></Link>
  );

  return (
    <>
      {a.archived && (
        <div className="alert alert--warning" role="region" aria-label={t('agreements.list.archived')}>
          <p>{t('agreements.detail.archivedBanner')}</p>
          {canEdit && (
            <button
              type="button"
              className="button"
              disabled={restore.isPending}
              onClick={() => restore.mutate({ id: a.id, version: a.version }, { onSuccess: () => setNotice(t('agreements.detail.restoreDone')) })}
            >
              {t('agreements.detail.restore')}
            </button>
          )}
        </div>
      )}

      {canEdit && !a.archived && (
        <div className="button-row">
          <Link className="button" to={`/agreements/${a.id}/edit`}>{t('agreements.detail.edit')}</Link>
          <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
            {t('agreements.detail.archive')}
          </button>
        </div>
      )}

      <div role="status" className="notice">{notice}</div>
      {failure && (
        <div className="alert alert--error" role="alert">
          <p>{t('agreements.detail.actionFailed')} {failure instanceof ApiError ? failure.problem.detail ?? failure.problem.title : String(failure)}</p>
        </div>
      )}

      {confirming && (
        <ConfirmDialog
          open
          title={t('agreements.detail.confirmArchiveTitle')}
          text={t('agreements.detail.confirmArchiveText')}
          confirmLabel={t('agreements.detail.confirmArchive')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            archive.mutate({ id: a.id, version: a.version }, { onSuccess: () => setNotice(t('agreements.detail.archiveDone')) });
          }}
        />
      )}

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t('agreements.detail.facts')}</h2>
        <dl className="facts">
          <Fact label={t('field.countryIso2')}>
            <Link to={`/countries/${a.countryIso2}`}>{countryName(a, lang)}</Link>
          </Fact>
          <Fact label={t('field.type')}>{a.type && t(`type.${a.type}`)}</Fact>
          <Fact label={t('field.status')}><AgreementStatusBadge status={a.status} /></Fact>
          <Fact label={t('field.titleDe')}>{a.titleDe && <span lang="de">{a.titleDe}</span>}</Fact>
          <Fact label={t('field.titleEn')}>{a.titleEn && <span lang="en">{a.titleEn}</span>}</Fact>
          <Fact label={t('field.titleOriginal')}>{a.titleOriginal && <span lang="">{a.titleOriginal}</span>}</Fact>
          <Fact label={t('field.summary')}>{summary && <p className="prose" lang={summary.lang} translate="no">{summary.text}</p>}</Fact>
          <Fact label={t('field.partyLevel')}>{t(`partyLevel.${a.partyLevel}`)}</Fact>
          {(a.partyLevel === 'OTHER_EUROPEAN_STATE' || a.partyState) && (
            <Fact label={t('field.partyState')}>{a.partyState && regionName(a.partyState, lang)}</Fact>
          )}
          <Fact label={t('field.leadMinistry')}>{a.leadMinistry && <span translate="no">{a.leadMinistry}</span>}</Fact>
          <Fact label={t('field.involvedMinistries')} list>{a.involvedMinistries.length > 0 && a.involvedMinistries.join(', ')}</Fact>
          <Fact label={t('field.responsibleDesk')}>{a.responsibleDesk && <span translate="no">{a.responsibleDesk}</span>}</Fact>
          <Fact label={t('field.dateSigned')}>{formatDate(a.dateSigned, lang)}</Fact>
          <Fact label={t('field.dateInForce')}>{formatDate(a.dateInForce, lang)}</Fact>
          <Fact label={t('field.dateEnd')}>{formatDate(a.dateEnd, lang)}</Fact>
          <Fact label={t('field.nextReviewDue')}>{formatDate(a.nextReviewDue, lang)}</Fact>
          {(isUnsigned(a.status) || a.plannedDate) && <Fact label={t('field.plannedDate')}>{formatDate(a.plannedDate, lang)}</Fact>}
          <Fact label={t('field.components')} list>
            {a.components.length > 0 && <ul className="tag-list">{a.components.map((c) => <li key={c}>{t(`component.${c}`)}</li>)}</ul>}
          </Fact>
          <Fact label={t('field.textPublic')}>
            {a.textPublic === true ? t('common.yes') : a.textPublic === false ? t('common.no') : null}
          </Fact>
          <Fact label={t('field.digitalDataClauses')}>{a.digitalDataClauses && <p className="prose" translate="no">{a.digitalDataClauses}</p>}</Fact>
          <Fact label={t('field.externalRef')}>{a.externalRef && <span translate="no">{a.externalRef}</span>}</Fact>
          <Fact label={t('field.createdAt')}>{formatDateTime(a.createdAt, lang)}</Fact>
          <Fact label={t('field.updatedAt')}>{formatDateTime(a.updatedAt, lang)}</Fact>
        </dl>
      </section>

      <section aria-labelledby="lineage-heading">
        <h2 id="lineage-heading">{t('agreements.detail.lineage')}</h2>
        <dl className="facts">
          <Fact label={t('field.predecessor')} list>{a.predecessor && linked(a.predecessor)}</Fact>
          <Fact label={t('field.successors')} list>
            {a.successors.length > 0 && <ul className="plain-list">{a.successors.map((s) => <li key={s.id}>{linked(s)}</li>)}</ul>}
          </Fact>
        </dl>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('field.sources')}</h2>
        {a.sources.length === 0 ? (
          <p>{t('agreements.detail.sourcesEmpty')}</p>
        ) : (
          <ul className="sources">
            {a.sources.map((s, i) => (
              <li key={`${s.url}-${i}`}>
                <a href={s.url} target="_blank" rel="noopener noreferrer external">
                  <span translate="no">{s.title || s.url}</span>
                  <span className="visually-hidden"> {t('common.newWindow')}</span>
                </a>
                <span className="source-meta">
                  {s.field && <> · {t('agreements.detail.sourceFor', { field: t(`field.${s.field}`, { defaultValue: s.field }) })}</>}
                  {s.accessedOn && <> · {t('agreements.detail.accessed', { date: formatDate(s.accessedOn, lang) })}</>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** One labelled value; null, undefined, false-y text and empty lists read as "unknown" / "none recorded". */
function Fact({ label, children, list = false }: { label: string; children: ReactNode; list?: boolean }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === false || children === '';
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{empty ? <span className="unknown">{list ? t('common.none') : t('common.unknown')}</span> : children}</dd>
    </div>
  );
}
