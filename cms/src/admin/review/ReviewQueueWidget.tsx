import { useEffect, useState } from 'react';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/admin/strapi-admin';
import { REVIEWED_TYPES, whenShown } from './when';

/**
 * The Redaktör's queue on the admin's home page: every draft a Skribent marked ready, oldest
 * first, with who asked and when. Read through the Content Manager's own API, so it shows only
 * what the signed-in editor may read.
 */
type Waiting = { documentId: string; title: string; reviewRequestedBy: string | null; reviewRequestedAt: string | null };
type Row = Waiting & { model: string };

export function ReviewQueueWidget() {
  const { get } = useFetchClient();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const load = async () => {
      const lists = await Promise.all(
        Object.keys(REVIEWED_TYPES).map(async (model) => {
          const { data } = await get<{ results: Waiting[] }>(`/content-manager/collection-types/${model}`, {
            params: { page: 1, pageSize: 50, sort: 'reviewRequestedAt:ASC', filters: { reviewStatus: { $eq: 'klar' } } },
          });
          return data.results.map((row) => ({ ...row, model }));
        }),
      );
      setRows(lists.flat().sort((a, b) => String(a.reviewRequestedAt).localeCompare(String(b.reviewRequestedAt))));
    };
    load().catch(() => setFailed(true));
  }, []);

  if (failed) return <Typography textColor="danger600">Kön kunde inte läsas in. Ladda om sidan.</Typography>;
  if (!rows) return <Typography>Läser in …</Typography>;
  if (!rows.length) return <Typography>Inget väntar på granskning.</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} tag="ul" aria-label="Väntar på granskning">
      {rows.map((row) => (
        <Box tag="li" key={`${row.model}/${row.documentId}`}>
          <Link href={`/admin/content-manager/collection-types/${row.model}/${row.documentId}`}>{row.title}</Link>
          <Typography variant="pi" textColor="neutral600" display="block">
            {REVIEWED_TYPES[row.model]} · begärd av {row.reviewRequestedBy ?? 'okänd'}
            {row.reviewRequestedAt ? `, ${whenShown(row.reviewRequestedAt)}` : ''}
          </Typography>
        </Box>
      ))}
    </Flex>
  );
}
