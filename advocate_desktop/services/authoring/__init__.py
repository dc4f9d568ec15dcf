"""The authoring service: what ``advocate-pack`` and the pack studio do with packs.

Qt-free; every function takes plain values, returns the typed results of
:mod:`.results` and raises the errors of :mod:`.errors` (never prints or exits).
This package imports nothing itself: import the module you use, so a front end
pays only for it (``advocate-pack check`` loads :mod:`.check` alone).  Nothing here
touches the network except :class:`.serve.PreviewServer`, on loopback only; every
call that reads or writes files belongs on a worker thread in a GUI.

- :mod:`.model` — ``PackModel`` (feed and policy as JSON documents, other files as
  bytes), ``new_pack_model``, ``load_pack_model`` (folder or zip),
  ``save_pack_model`` (each file replaced atomically).
- :mod:`.packs` — ``init_pack``, ``build_pack``, ``sign_pack``, ``template_feed``.
- :mod:`.lint` — ``lint_folder`` and ``lint_model`` (a ``LintReport``),
  ``lint_problems``, ``policy_findings``, ``suggested_text_problems`` (one text, as
  it is edited), ``pack_policy_engine``, ``disclosure_labels``, ``parse_instant``,
  ``pointer_of``.
- :mod:`.inflect` — ``inflect_policy``, ``inflect_policy_bytes``,
  ``describe_inflection``, ``write_atomically``.
- :mod:`.keys` — ``generate_key`` (keyring, encrypted file or plain file),
  ``load_signing_key`` (``keyring:<id>`` or a path, passphrase as text or a callable),
  ``KeyReference``, ``SigningKey``, ``keyring_available``, ``keyring_key_ids``,
  ``delete_keyring_key``, ``read_passphrase_file``, ``check_new_passphrase``,
  ``is_encrypted_key_file``.
- :mod:`.verify` — ``verify_pack`` (a ``VerifyResult`` with a ``VerifyState``),
  ``read_trusted_keys``.
- :mod:`.serve` — ``PreviewServer`` (loopback only; ``start``/``close``).
- :mod:`.check` — ``check_post``, ``read_post``.
- :mod:`.release` — ``resolve_release`` (a ``Release``'s defaults filled in).
- :mod:`.results` — ``Problem``, ``LintReport``, ``InitResult``, ``InflectResult``,
  ``Release``, ``BuildResult``, ``SignResult``, ``VerifyState``, ``VerifyResult``,
  ``KeyStorage``, ``KeygenResult``, ``ServeInfo``, ``to_json``.
- :mod:`.errors` — ``AuthoringError`` and its kinds: ``BadInput``, ``PostTooLarge``,
  ``KeyProblem``, ``KeyExists``, ``PassphraseNeeded``, ``WrongPassphrase``,
  ``KeyringUnavailable``, ``ServeError``, ``LintFailed`` (with ``problems``).
"""
