"""The authoring service: what ``advocate-pack`` and the pack studio do with packs.

Qt-free; every function takes plain values, returns the typed results of
:mod:`.results` and raises the errors of :mod:`.errors` (never prints or exits).
This package imports nothing itself: import the module you use, so a front end
pays only for it (``advocate-pack check`` loads :mod:`.check` alone).

- :mod:`.model` — ``PackModel`` (feed, policy, files), ``new_pack_model``,
  ``load_pack_model`` (folder or zip), ``save_pack_model`` (atomic, per file).
- :mod:`.packs` — ``init_pack``, ``build_pack``, ``sign_pack``, ``template_feed``.
- :mod:`.lint` — ``lint_folder`` (a ``LintReport``), ``lint_model``, ``lint_problems``,
  ``policy_findings``, ``parse_instant``.
- :mod:`.inflect` — ``inflect_policy``, ``inflect_policy_bytes``, ``describe_inflection``,
  ``write_atomically``.
- :mod:`.keys` — ``generate_key``, ``load_signing_key``, ``KeyReference``, ``SigningKey``,
  ``keyring_available``, ``keyring_key_ids``, ``delete_keyring_key``,
  ``read_passphrase_file``, ``is_encrypted_key_file``.
- :mod:`.verify` — ``verify_pack`` (a ``VerifyResult`` with a ``VerifyState``),
  ``read_trusted_keys``.
- :mod:`.serve` — ``PreviewServer`` (loopback only).
- :mod:`.check` — ``check_post``, ``read_post``.
- :mod:`.release` — ``resolve_release`` (a ``Release``'s defaults filled in).
"""
