import { Button, Group } from '@mantine/core';

type Pages = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown; items: unknown[] };

/** The button under a cursor-paged list: the next page, with how many of the total are shown when known. */
export function LoadMore({ list, total }: { list: Pages; total?: number }) {
  if (!list.hasNextPage) return null;
  return (
    <Group justify="center">
      <Button
        variant="light"
        loading={list.isFetchingNextPage}
        onClick={() => void list.fetchNextPage()}
        data-testid="load-more"
      >
        Load more{total !== undefined ? ` (${list.items.length} of ${total.toLocaleString()})` : ''}
      </Button>
    </Group>
  );
}
