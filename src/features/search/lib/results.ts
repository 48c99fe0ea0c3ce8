/** Results shown at once, and added by "Xem thêm kết quả": Pagefind's own UI shows 5 too. */
export const RESULTS_PER_STEP = 5;
