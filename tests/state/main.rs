//! Native tests of `src/state/`: the reducer, the link and the embed snippets.

mod editorial;
mod reducer;
mod snippet;
mod url;
