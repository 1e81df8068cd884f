import { choiceTranslations } from './translations';

type Header = { name: string; attribute?: { type?: string }; cellFormatter?: (row: Record<string, unknown>) => unknown; [key: string]: unknown };
type Columns = { displayedHeaders: Header[]; layout: unknown };

/**
 * The list views as editors read them: a choice shows its Swedish name ("Pressmeddelande", not
 * `pressmeddelande`), as it does in the edit view. The i18n plugin's language column is left out:
 * SPIK writes in Swedish only, and that column's only news is "Svenska (sv) (default)", in English.
 */
export function listColumnsInSwedish(): (columns: Columns) => Columns {
  const labels = choiceTranslations();
  return ({ displayedHeaders, layout }) => ({
    layout,
    displayedHeaders: displayedHeaders
      .filter((header) => header.name !== 'locales')
      .map((header) =>
        header.attribute?.type === 'enumeration'
          ? {
              ...header,
              cellFormatter: (row: Record<string, unknown>) =>
                typeof row[header.name] === 'string' ? (labels[row[header.name] as string] ?? row[header.name]) : '-',
            }
          : header,
      ),
  });
}
