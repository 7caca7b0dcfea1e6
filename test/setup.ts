// Lets React's act() flush renders and effects so UI tests need no sleeps.
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;
