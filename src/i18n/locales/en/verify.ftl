# What verifying the audit trail found wrong (the audit page; `countersign audit verify` in English).
verify-forked = two checkpoints of tree size { $size } disagree ({ $first } and { $second }): the log forked
verify-bad-checkpoint = checkpoint of tree size { $size } in { $source }: { $error }
verify-event-missing = event { $seq } is missing: its sequence number has no row
verify-events-missing = events { $first } to { $last } are missing: their sequence numbers have no rows
verify-tail-gone = events { $first } to { $size } are gone: the audit tree holds { $size } events, the table ends at { $end }
verify-reordered = an event numbered { $seq } comes after event { $previous }: rows were reordered or duplicated
verify-wrong-type = event { $seq } holds values of the wrong type: it was written behind the portal
verify-not-genesis = event 1 does not begin the chain: its previous hash is not the genesis hash
verify-changed = event { $seq } was changed: its content no longer matches its hash
verify-chain-broken = event { $seq } does not follow event { $previous }: the chain was broken
verify-checkpoint-mismatch = the checkpoint of tree size { $size } in { $source } no longer matches the events: an event from { $first } to { $size } was changed (and the hashes after it recomputed)
verify-checkpoint-mismatch-since = the checkpoint of tree size { $size } in { $source } no longer matches the events: an event from { $first } to { $size } was changed (and the hashes after it recomputed); the checkpoint of size { $good } still matches
verify-below-one = { $count } event(s) have sequence numbers below 1: they were inserted behind the portal
verify-not-in-tree = events { $first } to { $last } are not in the audit tree: they were written behind the portal
verify-no-checkpoint = no signed checkpoint covers the trail: nothing vouches for it (the portal signs one within its checkpoint interval)
verify-rolled-back = the log no longer reaches the checkpoint of tree size { $checkpoint } in { $source }: it has { $size } events, so events { $first } to { $checkpoint } are gone (a cut tail or a rollback)
verify-unreachable = the checkpoint of tree size { $checkpoint } in { $source } cannot be checked: a missing event comes before it
verify-stored-tree = the stored tree hashes disagree with the events: proofs the portal serves would not check
verify-replaced-key = the checkpoint of tree size { $size } in { $source } is signed by a key other than the one event { $seq } put in place: after that event it is not accepted
verify-replacement-reuses-key = event { $seq } puts in place a key already in force or replaced before ({ $vkey }): a replaced key is never put back, and the event is not honoured
verify-replacement-unreadable = event { $seq } replaces the audit key but names no verifier key: the portal never writes such an event, and signs no checkpoint after it
verify-tail-unvouched = event { $seq } put in place the key { $vkey }, which was not given: no given key vouches for the events from it on
# Listed apart from the problems: a checkpoint that vouches for nothing, set aside.
verify-unchecked-earlier-key = the checkpoint of tree size { $size } in { $source } was signed before event { $seq } replaced the audit key, by none of the keys given: it vouches for nothing the checked checkpoint of size { $covered } does not (give the earlier verifier key too, to check it)
