/** Articles on one page of the list (/bai-viet/, /bai-viet/2/…) and of each topic's list. */
export const ARTICLES_PER_PAGE = 10;
