import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSetParams } from '../assets/filters';

/** A search box kept in the `q` query-string key: typed freely, written once typing pauses. */
export function SearchBox({ placeholder, testId }: { placeholder: string; testId: string }) {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const fromUrl = params.get('q') ?? '';
  const [value, setValue] = useState(fromUrl);
  const [debounced] = useDebouncedValue(value.trim(), 300);
  useEffect(() => setValue((v) => (v.trim() === fromUrl ? v : fromUrl)), [fromUrl]);
  useEffect(() => {
    if (debounced !== (params.get('q') ?? '')) setParams({ q: debounced || null });
    // Only a pause in typing writes the URL; a URL change syncs the field above.
  }, [debounced]);
  return (
    <TextInput
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      aria-label={placeholder}
      style={{ flex: 1, minWidth: 200 }}
      data-testid={testId}
    />
  );
}

/** The query-string value if it is one of `list`, else undefined (a hand-edited URL). */
export const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v && (list as readonly string[]).includes(v) ? (v as T) : undefined;
