"""The newsroom's own terms as plain, frozen data: no Qt, no SQL, no HTTP."""
