<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <extracomment>One colour per network for its letter badge (the networks&apos; own brand colours).</extracomment>
        <translation>Sign in again…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Who sees this account&apos;s posts:</source>
        <translation>Who sees this account&apos;s posts:</translation>
    </message>
    <message>
        <source>Everyone (public)</source>
        <translation>Everyone (public)</translation>
    </message>
    <message>
        <source>Everyone, but kept out of public timelines (unlisted)</source>
        <translation>Everyone, but kept out of public timelines (unlisted)</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Followers only</translation>
    </message>
    <message>
        <source>Who sees this account&apos;s posts</source>
        <translation>Who sees this account&apos;s posts</translation>
    </message>
    <message>
        <source>Let the Mastodon server publish this account&apos;s scheduled posts</source>
        <translation>Let the Mastodon server publish this account&apos;s scheduled posts</translation>
    </message>
    <message>
        <source>Posts then go out even while this computer is off, but the policy check runs when a post is handed to the server, not at its time.</source>
        <translation>Posts then go out even while this computer is off, but the policy check runs when a post is handed to the server, not at its time.</translation>
    </message>
    <message>
        <source>The sign-in of %1 (%2) has expired: its posts wait until you sign in again.</source>
        <translation>The sign-in of %1 (%2) has expired: its posts wait until you sign in again.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in of %1 (%2) expires in %n day(s). Sign in again so its posts keep going out.</source>
        <translation>
            <numerusform>The sign-in of %1 (%2) expires in %n day. Sign in again so its posts keep going out.</numerusform>
            <numerusform>The sign-in of %1 (%2) expires in %n days. Sign in again so its posts keep going out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts cannot be read: %1</source>
        <translation>The accounts cannot be read: %1</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
    <message>
        <source>Not allowed by your organization: nothing is published with it</source>
        <translation>Not allowed by your organization: nothing is published with it</translation>
    </message>
    <message>
        <source>Needs sign-in: its posts wait until you sign in again</source>
        <translation>Needs sign-in: its posts wait until you sign in again</translation>
    </message>
    <message numerus="yes">
        <source>Sign in again: the sign-in expires in %n day(s)</source>
        <translation>
            <numerusform>Sign in again: the sign-in expires in %n day</numerusform>
            <numerusform>Sign in again: the sign-in expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected; the sign-in expires in %n day(s)</source>
        <translation>
            <numerusform>Connected; the sign-in expires in %n day</numerusform>
            <numerusform>Connected; the sign-in expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>State unknown: %1</source>
        <translation>State unknown: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>The choice could not be saved: %1</translation>
    </message>
    <message>
        <source>The server&apos;s scheduling could not be changed: %1</source>
        <translation>The server&apos;s scheduling could not be changed: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <source>Remove %1 from this computer? Its sign-in is ended on the network where possible, and its scheduled posts will not be published.</source>
        <translation>Remove %1 from this computer? Its sign-in is ended on the network where possible, and its scheduled posts will not be published.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 was removed.</translation>
    </message>
    <message>
        <source>The sign-in could not be ended on the network (it did not answer), so it may still be valid there: end it in the network&apos;s settings, under authorized apps or app passwords.</source>
        <translation>The sign-in could not be ended on the network (it did not answer), so it may still be valid there: end it in the network&apos;s settings, under authorized apps or app passwords.</translation>
    </message>
    <message>
        <source>Its sign-in could not be deleted from the keyring: %1</source>
        <translation>Its sign-in could not be deleted from the keyring: %1</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>The account was not removed: %1</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Outbox folder</source>
        <translation>Outbox folder</translation>
    </message>
    <message>
        <source>Your organization has not set up %1 for this app; you can still share through %1&apos;s share page.</source>
        <translation>Your organization has not set up %1 for this app; you can still share through %1&apos;s share page.</translation>
    </message>
    <message>
        <source>Your organization does not allow %1.</source>
        <translation>Your organization does not allow %1.</translation>
    </message>
    <message>
        <source>This is not a server address. Type your Mastodon server&apos;s address, for example mastodon.social.</source>
        <translation>This is not a server address. Type your Mastodon server&apos;s address, for example mastodon.social.</translation>
    </message>
    <message>
        <source>This address does not answer as a Mastodon server. Check the address of your server: it is in your profile, after the second @.</source>
        <translation>This address does not answer as a Mastodon server. Check the address of your server: it is in your profile, after the second @.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>The server did not answer in time. Try again later.</translation>
    </message>
    <message>
        <source>The server cannot be reached or is not working right now. Check the address and your internet connection, or try again later.</source>
        <translation>The server cannot be reached or is not working right now. Check the address and your internet connection, or try again later.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>The secure connection to the server failed.</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be read. Try again later.</source>
        <translation>The server sent an answer that cannot be read. Try again later.</translation>
    </message>
    <message>
        <source>The server asks to wait. Try again in a few minutes.</source>
        <translation>The server asks to wait. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>No approval came from the browser in time. Try again, and approve Advocate Desktop in the browser window that opens.</source>
        <translation>No approval came from the browser in time. Try again, and approve Advocate Desktop in the browser window that opens.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser.</source>
        <translation>The sign-in was refused in the browser.</translation>
    </message>
    <message>
        <source>The browser came back with an answer to another sign-in. Please try again.</source>
        <translation>The browser came back with an answer to another sign-in. Please try again.</translation>
    </message>
    <message>
        <source>The browser came back without an approval. Please try again.</source>
        <translation>The browser came back without an approval. Please try again.</translation>
    </message>
    <message>
        <source>Your browser could not be opened.</source>
        <translation>Your browser could not be opened.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>The server refused the sign-in: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <source>No account has this handle. Check the spelling, for example alice.bsky.social.</source>
        <translation>No account has this handle. Check the spelling, for example alice.bsky.social.</translation>
    </message>
    <message>
        <source>The handle or the app password is wrong.</source>
        <translation>The handle or the app password is wrong.</translation>
    </message>
    <message>
        <source>This is your account&apos;s main password. For your safety Advocate Desktop only accepts an app password: create one and paste it here.</source>
        <translation>This is your account&apos;s main password. For your safety Advocate Desktop only accepts an app password: create one and paste it here.</translation>
    </message>
    <message>
        <source>The server has suspended this account.</source>
        <translation>The server has suspended this account.</translation>
    </message>
    <message>
        <source>This server does not answer as a Bluesky server.</source>
        <translation>This server does not answer as a Bluesky server.</translation>
    </message>
    <message>
        <source>This account is connected already, as %1.</source>
        <translation>This account is connected already, as %1.</translation>
    </message>
    <message>
        <source>You signed in as %1, which is another account. Sign in with the account you are signing in again.</source>
        <translation>You signed in as %1, which is another account. Sign in with the account you are signing in again.</translation>
    </message>
    <message>
        <source>The account was removed meanwhile.</source>
        <translation>The account was removed meanwhile.</translation>
    </message>
    <message>
        <source>The system keyring did not store the sign-in: %1</source>
        <translation>The system keyring did not store the sign-in: %1</translation>
    </message>
    <message>
        <source>The account&apos;s stored settings cannot be read: %1</source>
        <translation>The account&apos;s stored settings cannot be read: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The account could not be connected: %1</source>
        <translation>The account could not be connected: %1</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Which network is the account on?</source>
        <translation>Which network is the account on?</translation>
    </message>
    <message>
        <source>Your browser opens at your server, where you approve the app.</source>
        <translation>Your browser opens at your server, where you approve the app.</translation>
    </message>
    <message>
        <source>Sign in with your handle and an app password.</source>
        <translation>Sign in with your handle and an app password.</translation>
    </message>
    <message>
        <source>Posts are written as files into a folder: to try the app, or to hand posts to another tool.</source>
        <translation>Posts are written as files into a folder: to try the app, or to hand posts to another tool.</translation>
    </message>
    <message>
        <source>Your browser opens at %1, where you approve the app your organization set up.</source>
        <translation>Your browser opens at %1, where you approve the app your organization set up.</translation>
    </message>
    <message>
        <source>Your organization allows no network, so no account can be added.</source>
        <translation>Your organization allows no network, so no account can be added.</translation>
    </message>
    <message>
        <source>Type the address of your Mastodon server. When you press Connect, your browser opens at your server: sign in there if it asks, and approve Advocate Desktop. Your password stays between you and your server.</source>
        <translation>Type the address of your Mastodon server. When you press Connect, your browser opens at your server: sign in there if it asks, and approve Advocate Desktop. Your password stays between you and your server.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>An app password lets Advocate Desktop post for you without knowing your real password, and you can revoke it at any time. Create one in Bluesky under Settings → Privacy and security → App passwords, then paste it here.</source>
        <translation>An app password lets Advocate Desktop post for you without knowing your real password, and you can revoke it at any time. Create one in Bluesky under Settings → Privacy and security → App passwords, then paste it here.</translation>
    </message>
    <message>
        <source>Create an app password</source>
        <translation>Create an app password</translation>
    </message>
    <message>
        <source>Handle or e-mail</source>
        <translation>Handle or e-mail</translation>
    </message>
    <message>
        <source>Handle or e-mail:</source>
        <translation>Handle or e-mail:</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App password</translation>
    </message>
    <message>
        <source>App password:</source>
        <translation>App password:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Leave empty unless your account is hosted on another server.</source>
        <translation>Leave empty unless your account is hosted on another server.</translation>
    </message>
    <message>
        <source>Server (optional):</source>
        <translation>Server (optional):</translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser</source>
        <translation>Sign in with %1 in your browser</translation>
    </message>
    <message>
        <source>Sign in again as %1. When you press Sign in, your browser opens at %2: sign in there if it asks, and allow the app your organization set up.</source>
        <translation>Sign in again as %1. When you press Sign in, your browser opens at %2: sign in there if it asks, and allow the app your organization set up.</translation>
    </message>
    <message>
        <source>When you press Connect, your browser opens at %2: sign in there if it asks, and allow the app your organization set up. Your password stays between you and %2; Advocate Desktop keeps only a sign-in it can post with, in this computer&apos;s keyring.</source>
        <translation>When you press Connect, your browser opens at %2: sign in there if it asks, and allow the app your organization set up. Your password stays between you and %2; Advocate Desktop keeps only a sign-in it can post with, in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <source>%1 — not available</source>
        <translation>%1 — not available</translation>
    </message>
    <message>
        <source>An Outbox account publishes each post as a JSON file into a folder. Use it to try the app, or to hand posts to another tool.</source>
        <translation>An Outbox account publishes each post as a JSON file into a folder. Use it to try the app, or to hand posts to another tool.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Write posts as for:</source>
        <translation>Write posts as for:</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this address into your browser:</source>
        <translation>If no browser window opened, copy this address into your browser:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Sign-in address</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in again as %1. When you press Sign in, your browser opens at your server: sign in there if it asks, and approve Advocate Desktop.</source>
        <translation>Sign in again as %1. When you press Sign in, your browser opens at your server: sign in there if it asks, and approve Advocate Desktop.</translation>
    </message>
    <message>
        <source>Your browser opened at %1. Sign in there and allow the app, then come back here. This window waits for the approval.</source>
        <translation>Your browser opened at %1. Sign in there and allow the app, then come back here. This window waits for the approval.</translation>
    </message>
    <message>
        <source>Your browser opened at your server. Approve Advocate Desktop there, then come back here. This window waits for the approval.</source>
        <translation>Your browser opened at your server. Approve Advocate Desktop there, then come back here. This window waits for the approval.</translation>
    </message>
    <message>
        <source>You are signed in. You can close this tab and return to Advocate Desktop.</source>
        <translation>You are signed in. You can close this tab and return to Advocate Desktop.</translation>
    </message>
    <message>
        <source>The sign-in did not complete. Return to Advocate Desktop and try again.</source>
        <translation>The sign-in did not complete. Return to Advocate Desktop and try again.</translation>
    </message>
    <message>
        <source>Checking the server and opening your browser…</source>
        <translation>Checking the server and opening your browser…</translation>
    </message>
    <message>
        <source>Opening %1 in your browser…</source>
        <translation>Opening %1 in your browser…</translation>
    </message>
    <message>
        <source>Type your handle, for example alice.bsky.social, or your e-mail address.</source>
        <translation>Type your handle, for example alice.bsky.social, or your e-mail address.</translation>
    </message>
    <message>
        <source>Paste the app password you created for Advocate Desktop.</source>
        <translation>Paste the app password you created for Advocate Desktop.</translation>
    </message>
    <message>
        <source>Signing in to Bluesky…</source>
        <translation>Signing in to Bluesky…</translation>
    </message>
    <message>
        <source>Give the account a name and a folder.</source>
        <translation>Give the account a name and a folder.</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Adding the account…</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Outbox folder</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Outbox (demo)</source>
        <translation>Outbox (demo)</translation>
    </message>
    <message>
        <source>Nothing was changed. The problem is in the configuration your IT department manages: contact them.</source>
        <translation>Nothing was changed. The problem is in the configuration your IT department manages: contact them.</translation>
    </message>
    <message>
        <source>Advocate Desktop keeps its data in %1. Make sure that folder exists, that you can write to it and that the disk is not full, then start the app again. Nothing was changed.</source>
        <translation>Advocate Desktop keeps its data in %1. Make sure that folder exists, that you can write to it and that the disk is not full, then start the app again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Advocate Desktop cannot start:

%1

%2</source>
        <translation>Advocate Desktop cannot start:

%1

%2</translation>
    </message>
    <message>
        <source>Advocate Desktop is already running for this user but does not answer. Close it (or wait until it has finished starting) and try again.</source>
        <translation>Advocate Desktop is already running for this user but does not answer. Close it (or wait until it has finished starting) and try again.</translation>
    </message>
</context>
<context>
    <name>AskPostedDialog</name>
    <message>
        <source>Share on %1</source>
        <translation>Share on %1</translation>
    </message>
    <message>
        <source>The share page of %1 is open in your browser.</source>
        <translation>The share page of %1 is open in your browser.</translation>
    </message>
    <message>
        <source>Instagram is open in your browser.</source>
        <translation>Instagram is open in your browser.</translation>
    </message>
    <message>
        <source>Did you post it? The app cannot see what you do there: your answer is what it records.</source>
        <translation>Did you post it? The app cannot see what you do there: your answer is what it records.</translation>
    </message>
    <message>
        <source>Copy the text again</source>
        <translation>Copy the text again</translation>
    </message>
    <message>
        <source>Yes, I posted it</source>
        <translation>Yes, I posted it</translation>
    </message>
    <message>
        <source>No, not posted</source>
        <translation>No, not posted</translation>
    </message>
    <message>
        <source>Your text is filled in there: check it, then post it.</source>
        <translation>Your text is filled in there: check it, then post it.</translation>
    </message>
    <message>
        <source>%1 takes only the link from the app. Your text is on the clipboard: paste it into the post (%2).</source>
        <translation>%1 takes only the link from the app. Your text is on the clipboard: paste it into the post (%2).</translation>
    </message>
    <message>
        <source>Your text is longer than %1 takes (%2 of %3), so it is on the clipboard instead: paste it there (%4) and shorten it.</source>
        <translation>Your text is longer than %1 takes (%2 of %3), so it is on the clipboard instead: paste it there (%4) and shorten it.</translation>
    </message>
    <message>
        <source>Your text is too long to fill in from here, so it is on the clipboard: paste it into the post (%1).</source>
        <translation>Your text is too long to fill in from here, so it is on the clipboard: paste it into the post (%1).</translation>
    </message>
    <message>
        <source>Instagram has no share page. Make a post with an image there and paste your text from the clipboard as its caption (%1).</source>
        <translation>Instagram has no share page. Make a post with an image there and paste your text from the clipboard as its caption (%1).</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Welcome to Advocate Desktop</source>
        <translation>Welcome to Advocate Desktop</translation>
    </message>
    <message>
        <source>Share your company&apos;s news, in your own words, if you want to.</source>
        <translation>Share your company&apos;s news, in your own words, if you want to.</translation>
    </message>
    <message>
        <source>Shows the posts your communications team approved.</source>
        <translation>Shows the posts your communications team approved.</translation>
    </message>
    <message>
        <source>Lets you rewrite them and checks them against the company&apos;s social-media policy, here on this computer.</source>
        <translation>Lets you rewrite them and checks them against the company&apos;s social-media policy, here on this computer.</translation>
    </message>
    <message>
        <source>Publishes a post only when you schedule it, to the accounts you add.</source>
        <translation>Publishes a post only when you schedule it, to the accounts you add.</translation>
    </message>
    <message>
        <source>Never posts anything you did not schedule.</source>
        <translation>Never posts anything you did not schedule.</translation>
    </message>
    <message>
        <source>Never reports to your employer what you share or write. There is no telemetry.</source>
        <translation>Never reports to your employer what you share or write. There is no telemetry.</translation>
    </message>
    <message>
        <source>Never sends your passwords or tokens anywhere: they stay in this computer&apos;s keyring.</source>
        <translation>Never sends your passwords or tokens anywhere: they stay in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <source>Never hides that you work for the company: a post made from its content, or naming it or its products, goes out only when it says at the start that you work there.</source>
        <translation>Never hides that you work for the company: a post made from its content, or naming it or its products, goes out only when it says at the start that you work there.</translation>
    </message>
    <message>
        <source>What this app does</source>
        <translation>What this app does</translation>
    </message>
    <message>
        <source>What it never does</source>
        <translation>What it never does</translation>
    </message>
    <message>
        <source>You can stop at any time: pause all scheduled posts, or remove all your data and credentials, from Settings. If you decline now, the app closes and keeps nothing.</source>
        <translation>You can stop at any time: pause all scheduled posts, or remove all your data and credentials, from Settings. If you decline now, the app closes and keeps nothing.</translation>
    </message>
    <message>
        <source>I agree, start</source>
        <translation>I agree, start</translation>
    </message>
    <message>
        <source>No thanks, quit</source>
        <translation>No thanks, quit</translation>
    </message>
</context>
<context>
    <name>Damaged</name>
    <message>
        <source>Your Advocate Desktop data file is damaged, so the app cannot read your drafts, queue and accounts:

%1
(%2)

Scheduled posts are not published while it is damaged.</source>
        <translation>Your Advocate Desktop data file is damaged, so the app cannot read your drafts, queue and accounts:

%1
(%2)

Scheduled posts are not published while it is damaged.</translation>
    </message>
    <message>
        <source>You can keep the damaged file aside (nothing is deleted; IT support may be able to recover it) and start again with empty data, or quit and restore the file from a backup first.</source>
        <translation>You can keep the damaged file aside (nothing is deleted; IT support may be able to recover it) and start again with empty data, or quit and restore the file from a backup first.</translation>
    </message>
    <message>
        <source>Keep it aside and start again</source>
        <translation>Keep it aside and start again</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The damaged file was kept as:
%1

Advocate Desktop starts with empty data. Your posts that were already published are still on your accounts.</source>
        <translation>The damaged file was kept as:
%1

Advocate Desktop starts with empty data. Your posts that were already published are still on your accounts.</translation>
    </message>
    <message>
        <source>Your Advocate Desktop data file is damaged, so the app cannot read your drafts, queue and accounts:

%1
(%2)

No scheduled post was published.</source>
        <translation>Your Advocate Desktop data file is damaged, so the app cannot read your drafts, queue and accounts:

%1
(%2)

No scheduled post was published.</translation>
    </message>
    <message>
        <source>Advocate Desktop quits now. Start it again to keep the damaged file aside (nothing is deleted; IT support may be able to recover it) and start with empty data, or restore the file from a backup first.</source>
        <translation>Advocate Desktop quits now. Start it again to keep the damaged file aside (nothing is deleted; IT support may be able to recover it) and start with empty data, or restore the file from a backup first.</translation>
    </message>
</context>
<context>
    <name>DataFlowsDialog</name>
    <message>
        <source>What my company can see</source>
        <translation>What my company can see</translation>
    </message>
    <message>
        <source>Everything this app sends, and to whom, as it is set up now. Your drafts and the policy check stay on this computer; posts go only to the accounts you connected, when you publish them.</source>
        <translation>Everything this app sends, and to whom, as it is set up now. Your drafts and the policy check stay on this computer; posts go only to the accounts you connected, when you publish them.</translation>
    </message>
    <message>
        <source>What leaves this computer</source>
        <translation>What leaves this computer</translation>
    </message>
    <message>
        <source>Your employer</source>
        <translation>Your employer</translation>
    </message>
    <message>
        <source>Nothing is sent to your employer: the app never reports what you write, share or schedule, and has no telemetry and no update check. Like anyone, your employer can see the posts you make public.</source>
        <translation>Nothing is sent to your employer: the app never reports what you write, share or schedule, and has no telemetry and no update check. Like anyone, your employer can see the posts you make public.</translation>
    </message>
    <message>
        <source>The servers your content comes from (listed below) see when this computer asks them for news, from which network address, and the app&apos;s version.</source>
        <translation>The servers your content comes from (listed below) see when this computer asks them for news, from which network address, and the app&apos;s version.</translation>
    </message>
    <message>
        <source>Your organization&apos;s proxy (%1) relays this app&apos;s connections: it sees which servers the app contacts and when, and, where your organization inspects encrypted traffic, what is sent.</source>
        <translation>Your organization&apos;s proxy (%1) relays this app&apos;s connections: it sees which servers the app contacts and when, and, where your organization inspects encrypted traffic, what is sent.</translation>
    </message>
    <message>
        <source>Links to the company&apos;s site in the suggested texts carry the campaign&apos;s parameters (utm_…): the site can tell a visit came from an employee&apos;s post, not from whom.</source>
        <translation>Links to the company&apos;s site in the suggested texts carry the campaign&apos;s parameters (utm_…): the site can tell a visit came from an employee&apos;s post, not from whom.</translation>
    </message>
    <message>
        <source>Your referral parameter (%1) is on: links of job offers carry it, so the careers site can tell which visitors came from your posts.</source>
        <translation>Your referral parameter (%1) is on: links of job offers carry it, so the careers site can tell which visitors came from your posts.</translation>
    </message>
    <message>
        <source>Your posts and accounts</source>
        <translation>Your posts and accounts</translation>
    </message>
    <message>
        <source>No account is connected: nothing is published.</source>
        <translation>No account is connected: nothing is published.</translation>
    </message>
    <message>
        <source>Receives the posts you publish with this account (text, images and their descriptions, link) and your sign-in.</source>
        <translation>Receives the posts you publish with this account (text, images and their descriptions, link) and your sign-in.</translation>
    </message>
    <message>
        <source>Is asked once a day how long posts may be there.</source>
        <translation>Is asked once a day how long posts may be there.</translation>
    </message>
    <message>
        <source>Holds your scheduled posts before their time, to publish them.</source>
        <translation>Holds your scheduled posts before their time, to publish them.</translation>
    </message>
    <message>
        <source>%1 (Outbox): files in %2 on this computer; nothing is sent.</source>
        <translation>%1 (Outbox): files in %2 on this computer; nothing is sent.</translation>
    </message>
    <message>
        <source>%1 on %2 → %3</source>
        <translation>%1 on %2 → %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Content you receive</source>
        <translation>Content you receive</translation>
    </message>
    <message>
        <source>No feed is subscribed: nothing is downloaded.</source>
        <translation>No feed is subscribed: nothing is downloaded.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(set by your IT department)</source>
        <translation>(set by your IT department)</translation>
    </message>
    <message numerus="yes">
        <source>Asked for news every %n minute(s).</source>
        <translation>
            <numerusform>Asked for news every %n minute.</numerusform>
            <numerusform>Asked for news every %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content packs are read from the folder your IT department chose: %1</source>
        <translation>Content packs are read from the folder your IT department chose: %1</translation>
    </message>
    <message>
        <source>Images of the feeds are downloaded from: %1</source>
        <translation>Images of the feeds are downloaded from: %1</translation>
    </message>
    <message>
        <source>Stays on this computer</source>
        <translation>Stays on this computer</translation>
    </message>
    <message>
        <source>Your drafts, the policy check and your settings.</source>
        <translation>Your drafts, the policy check and your settings.</translation>
    </message>
    <message numerus="yes">
        <source>Sign-ins (tokens, app passwords) of %n account(s), in the system keyring; only each account&apos;s own server sees its sign-in.</source>
        <translation>
            <numerusform>Sign-ins (tokens, app passwords) of %n account, in the system keyring; only each account&apos;s own server sees its sign-in.</numerusform>
            <numerusform>Sign-ins (tokens, app passwords) of %n accounts, in the system keyring; only each account&apos;s own server sees its sign-in.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sign-in is stored.</source>
        <translation>No sign-in is stored.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Pick an item from the list to write your post.</source>
        <translation>Pick an item from the list to write your post.</translation>
    </message>
    <message>
        <source>Where this content comes from</source>
        <translation>Where this content comes from</translation>
    </message>
    <message>
        <source>Your post, in your own words.</source>
        <translation>Your post, in your own words.</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Post text</translation>
    </message>
    <message>
        <source>The post&apos;s length on the chosen network</source>
        <translation>The post&apos;s length on the chosen network</translation>
    </message>
    <message>
        <source>Whether your draft is saved</source>
        <translation>Whether your draft is saved</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>Publish at</translation>
    </message>
    <message>
        <source>Publish at:</source>
        <translation>Publish at:</translation>
    </message>
    <message>
        <source>I have read the warnings and want to publish anyway</source>
        <translation>I have read the warnings and want to publish anyway</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publish now</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Share on…</source>
        <translation>Share on…</translation>
    </message>
    <message>
        <source>Your own post</source>
        <translation>Your own post</translation>
    </message>
    <message>
        <source>Not saved yet: a draft is kept once you change something.</source>
        <translation>Not saved yet: a draft is kept once you change something.</translation>
    </message>
    <message>
        <source>Scheduled for %1. It stays scheduled unless you change it; a change is published only once you schedule it again.</source>
        <translation>Scheduled for %1. It stays scheduled unless you change it; a change is published only once you schedule it again.</translation>
    </message>
    <message>
        <source>A change makes this post a draft until you schedule it again.</source>
        <translation>A change makes this post a draft until you schedule it again.</translation>
    </message>
    <message>
        <source>Draft saved. Not published until you schedule it again (it was planned for %1).</source>
        <translation>Draft saved. Not published until you schedule it again (it was planned for %1).</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signed by %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>From %1 · %2</source>
        <translation>From %1 · %2</translation>
    </message>
    <message>
        <source>may be shared until %1</source>
        <translation>may be shared until %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>This post changed in the Queue while you edited it (it went out, or was deleted). Your text is kept as a new draft.</source>
        <translation>This post changed in the Queue while you edited it (it went out, or was deleted). Your text is kept as a new draft.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Add images to the post</source>
        <translation>Add images to the post</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>Image limit per post on %1: %2. Files not added: %3.</source>
        <translation>Image limit per post on %1: %2. Files not added: %3.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1 could not be read (%2).</translation>
    </message>
    <message>
        <source>%1 could not be copied into the app&apos;s folder (%2).</source>
        <translation>%1 could not be copied into the app&apos;s folder (%2).</translation>
    </message>
    <message>
        <source>%1 is larger than %3 MB, the most a post&apos;s image may be.</source>
        <translation>%1 is larger than %3 MB, the most a post&apos;s image may be.</translation>
    </message>
    <message>
        <source>%1 is not an image, or it is damaged.</source>
        <translation>%1 is not an image, or it is damaged.</translation>
    </message>
    <message>
        <source>%1 is a %2 image; posts take JPEG, PNG, GIF or WebP images.</source>
        <translation>%1 is a %2 image; posts take JPEG, PNG, GIF or WebP images.</translation>
    </message>
    <message>
        <source>%1 has too many pixels (%2); save it smaller, under %4 megapixels.</source>
        <translation>%1 has too many pixels (%2); save it smaller, under %4 megapixels.</translation>
    </message>
    <message>
        <source>%1 cannot go on a post.</source>
        <translation>%1 cannot go on a post.</translation>
    </message>
    <message>
        <source>Publishing is blocked: your IT department&apos;s policy could not be loaded. Ask IT to fix it; your draft is kept.</source>
        <translation>Publishing is blocked: your IT department&apos;s policy could not be loaded. Ask IT to fix it; your draft is kept.</translation>
    </message>
    <message>
        <source>Add an account in Settings to publish.</source>
        <translation>Add an account in Settings to publish.</translation>
    </message>
    <message>
        <source>Checking the post…</source>
        <translation>Checking the post…</translation>
    </message>
    <message>
        <source>The post is empty.</source>
        <translation>The post is empty.</translation>
    </message>
    <message>
        <source>This content has expired and can no longer be shared.</source>
        <translation>This content has expired and can no longer be shared.</translation>
    </message>
    <message>
        <source>Publishing is blocked until you fix: %1</source>
        <translation>Publishing is blocked until you fix: %1</translation>
    </message>
    <message>
        <source>Tick the box to confirm you have read the warnings.</source>
        <translation>Tick the box to confirm you have read the warnings.</translation>
    </message>
    <message>
        <source>Image limit per post on %1: %2; this post has %3. Remove some to publish.</source>
        <translation>Image limit per post on %1: %2; this post has %3. Remove some to publish.</translation>
    </message>
    <message>
        <source>Image %1 has no alt text. Describe it for people who cannot see it.</source>
        <translation>Image %1 has no alt text. Describe it for people who cannot see it.</translation>
    </message>
    <message>
        <source>Pick a time in the future, or use Publish now.</source>
        <translation>Pick a time in the future, or use Publish now.</translation>
    </message>
    <message>
        <source>Pick a time before the content expires (%1).</source>
        <translation>Pick a time before the content expires (%1).</translation>
    </message>
    <message>
        <source>Scheduled. The sign-in of this account expires before the post&apos;s time: sign in again before then.</source>
        <translation>Scheduled. The sign-in of this account expires before the post&apos;s time: sign in again before then.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
</context>
<context>
    <name>FeedDelegate</name>
    <message>
        <source>EXPIRED</source>
        <translation>EXPIRED</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
</context>
<context>
    <name>FeedPanel</name>
    <message>
        <source>Search the approved content…</source>
        <translation>Search the approved content…</translation>
    </message>
    <message>
        <source>Search the approved content</source>
        <translation>Search the approved content</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Approved content</source>
        <translation>Approved content</translation>
    </message>
    <message>
        <source>No content yet. Import a content pack from the File menu.</source>
        <translation>No content yet. Import a content pack from the File menu.</translation>
    </message>
    <message>
        <source>Show all content</source>
        <translation>Show all content</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>All networks</translation>
    </message>
    <message>
        <source>Nothing matches “%1” with the filters chosen.</source>
        <translation>Nothing matches “%1” with the filters chosen.</translation>
    </message>
    <message>
        <source>Nothing matches the filters chosen.</source>
        <translation>Nothing matches the filters chosen.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Images of the post</source>
        <translation>Images of the post</translation>
    </message>
    <message>
        <source>Add image…</source>
        <translation>Add image…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Move earlier</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Move later</translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation>Alt text:</translation>
    </message>
    <message>
        <source>Describe the image for people who cannot see it</source>
        <translation>Describe the image for people who cannot see it</translation>
    </message>
    <message>
        <source>Alt text of the selected image</source>
        <translation>Alt text of the selected image</translation>
    </message>
    <message>
        <source>About the images</source>
        <translation>About the images</translation>
    </message>
    <message>
        <source>%1 · no alt text</source>
        <translation>%1 · no alt text</translation>
    </message>
    <message>
        <source>This image has no alt text yet.</source>
        <translation>This image has no alt text yet.</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Image %1: %2</translation>
    </message>
    <message>
        <source>Image %1, no alt text</source>
        <translation>Image %1, no alt text</translation>
    </message>
    <message>
        <source>Image limit per post for this account: %1. Remove %2 to publish.</source>
        <translation>Image limit per post for this account: %1. Remove %2 to publish.</translation>
    </message>
    <message>
        <source>This account&apos;s network takes no images.</source>
        <translation>This account&apos;s network takes no images.</translation>
    </message>
    <message>
        <source>%1 of at most %2 images</source>
        <translation>%1 of at most %2 images</translation>
    </message>
    <message>
        <source>No images. Add one, or drop image files here.</source>
        <translation>No images. Add one, or drop image files here.</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Any network</source>
        <translation>Any network</translation>
    </message>
    <message>
        <source>blocked in the app</source>
        <translation>blocked in the app</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>warnings</translation>
    </message>
    <message>
        <source>passes the check</source>
        <translation>passes the check</translation>
    </message>
    <message>
        <source>too long to check</source>
        <translation>too long to check</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Items:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Suggested texts</source>
        <translation>Suggested texts</translation>
    </message>
    <message>
        <source>I&amp;D:</source>
        <translation>I&amp;D:</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>Item ID</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Shown &amp;from:</source>
        <translation>Shown &amp;from:</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Not before</translation>
    </message>
    <message>
        <source>&amp;Expires at:</source>
        <translation>&amp;Expires at:</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Expires at</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 is set</translation>
    </message>
    <message>
        <source>Campaign parameters</source>
        <translation>Campaign parameters</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Add parameter</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Remove parameter</translation>
    </message>
    <message>
        <source>UTM parameters:</source>
        <translation>UTM parameters:</translation>
    </message>
    <message>
        <source>Add image…</source>
        <translation>Add image…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <source>Alt text (%1)</source>
        <translation>Alt text (%1)</translation>
    </message>
    <message>
        <source>Alt text (%1):</source>
        <translation>Alt text (%1):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Suggested text</source>
        <translation>Suggested text</translation>
    </message>
    <message>
        <source>Remove text</source>
        <translation>Remove text</translation>
    </message>
    <message>
        <source>Network of the new text</source>
        <translation>Network of the new text</translation>
    </message>
    <message>
        <source>Language of the new text</source>
        <translation>Language of the new text</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Add text</translation>
    </message>
    <message>
        <source>What the app will do with this text</source>
        <translation>What the app will do with this text</translation>
    </message>
    <message>
        <source>The text employees start from; they rewrite it in their own words.</source>
        <translation>The text employees start from; they rewrite it in their own words.</translation>
    </message>
    <message>
        <source>The text&apos;s length on its network</source>
        <translation>The text&apos;s length on its network</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>The check failed: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Image %1: %2</translation>
    </message>
    <message>
        <source>Image %1 has no alt text in %2. The app posts no image without one, and the studio builds no pack with one.</source>
        <translation>Image %1 has no alt text in %2. The app posts no image without one, and the studio builds no pack with one.</translation>
    </message>
    <message>
        <source>Add images to the item</source>
        <translation>Add images to the item</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>Image not added</translation>
    </message>
    <message>
        <source>Blocked in the app: %1</source>
        <translation>Blocked in the app: %1</translation>
    </message>
    <message>
        <source>Employees must confirm a warning first: %1</source>
        <translation>Employees must confirm a warning first: %1</translation>
    </message>
    <message>
        <source>The app lets employees post this text.</source>
        <translation>The app lets employees post this text.</translation>
    </message>
</context>
<context>
    <name>LintPage</name>
    <message>
        <source>Open a pack to check it.</source>
        <translation>Open a pack to check it.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Every problem of the pack; activate one to go to its field</source>
        <translation>Every problem of the pack; activate one to go to its field</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Problem and fix</source>
        <translation>Problem and fix</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>Go to the field</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Checking the pack…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>%1 Fix: %2</source>
        <translation>%1 Fix: %2</translation>
    </message>
    <message>
        <source>No problems: the pack can be built.</source>
        <translation>No problems: the pack can be built.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>fix the errors to build the pack.</source>
        <translation>fix the errors to build the pack.</translation>
    </message>
    <message>
        <source>The pack could not be checked: %1</source>
        <translation>The pack could not be checked: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Publishing is blocked</source>
        <translation>Publishing is blocked</translation>
    </message>
    <message>
        <source>Syncing content</source>
        <translation>Syncing content</translation>
    </message>
    <message>
        <source>A pack in the folder set by IT was refused: %1</source>
        <translation>A pack in the folder set by IT was refused: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import content pack…</source>
        <translation>&amp;Import content pack…</translation>
    </message>
    <message>
        <source>Import content pack from &amp;address…</source>
        <translation>Import content pack from &amp;address…</translation>
    </message>
    <message>
        <source>S&amp;ync content now</source>
        <translation>S&amp;ync content now</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Posts</source>
        <translation>&amp;Posts</translation>
    </message>
    <message>
        <source>&amp;Pause all scheduled posts</source>
        <translation>&amp;Pause all scheduled posts</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Write and Queue</source>
        <translation>Write and Queue</translation>
    </message>
    <message>
        <source>Organization settings ignored: %1</source>
        <translation>Organization settings ignored: %1</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>The whole message</translation>
    </message>
    <message>
        <source>Pack s&amp;tudio…</source>
        <translation>Pack s&amp;tudio…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find content…</source>
        <translation>&amp;Find content…</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation>Publish &amp;now</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Policy rules…</source>
        <translation>&amp;Policy rules…</translation>
    </message>
    <message>
        <source>&amp;Managed by your organization…</source>
        <translation>&amp;Managed by your organization…</translation>
    </message>
    <message>
        <source>&amp;What my company can see…</source>
        <translation>&amp;What my company can see…</translation>
    </message>
    <message>
        <source>&amp;About Advocate Desktop</source>
        <translation>&amp;About Advocate Desktop</translation>
    </message>
    <message>
        <source>Loading content…</source>
        <translation>Loading content…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of approved content</source>
        <translation>
            <numerusform>%n item of approved content</numerusform>
            <numerusform>%n items of approved content</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed; next try at %1</source>
        <translation>Sync failed; next try at %1</translation>
    </message>
    <message>
        <source>Could not sync %1: %2. The content you had is still here.</source>
        <translation>Could not sync %1: %2. The content you had is still here.</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>Import content pack from address</source>
        <translation>Import content pack from address</translation>
    </message>
    <message>
        <source>Address of a feed or content pack (https://…):</source>
        <translation>Address of a feed or content pack (https://…):</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
    <message>
        <source>The content could not be loaded: %1</source>
        <translation>The content could not be loaded: %1</translation>
    </message>
    <message>
        <source>Your IT department&apos;s policy could not be loaded, so nothing can be published until IT fixes it. You can still read the content and write drafts. Tell IT: %1</source>
        <translation>Your IT department&apos;s policy could not be loaded, so nothing can be published until IT fixes it. You can still read the content and write drafts. Tell IT: %1</translation>
    </message>
    <message>
        <source>Import content pack</source>
        <translation>Import content pack</translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation>Content packs (*.zip)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>The content pack was not imported</source>
        <translation>The content pack was not imported</translation>
    </message>
    <message>
        <source>%1

Nothing was changed; the content you had is still here.</source>
        <translation>%1

Nothing was changed; the content you had is still here.</translation>
    </message>
    <message>
        <source>Publishing your post…</source>
        <translation>Publishing your post…</translation>
    </message>
    <message>
        <source>Scheduled. You can follow it in the Queue.</source>
        <translation>Scheduled. You can follow it in the Queue.</translation>
    </message>
    <message>
        <source>Scheduled posts are not being published</source>
        <translation>Scheduled posts are not being published</translation>
    </message>
    <message>
        <source>Your data file is damaged, so scheduled posts cannot be published. Quit Advocate Desktop and start it again: it checks the file and lets you keep it aside.

%1</source>
        <translation>Your data file is damaged, so scheduled posts cannot be published. Quit Advocate Desktop and start it again: it checks the file and lets you keep it aside.

%1</translation>
    </message>
    <message>
        <source>Scheduled posts cannot be published because the app&apos;s data cannot be read or written (is the disk full, or the folder unavailable?). It keeps trying every few seconds.

%1</source>
        <translation>Scheduled posts cannot be published because the app&apos;s data cannot be read or written (is the disk full, or the folder unavailable?). It keeps trying every few seconds.

%1</translation>
    </message>
    <message>
        <source>Publishing stopped</source>
        <translation>Publishing stopped</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Publishing paused</source>
        <translation>Publishing paused</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Nothing was removed</translation>
    </message>
    <message>
        <source>Your data could not be removed: %1</source>
        <translation>Your data could not be removed: %1</translation>
    </message>
    <message>
        <source>Not everything was removed</source>
        <translation>Not everything was removed</translation>
    </message>
    <message>
        <source>Your drafts, queue, settings and downloaded content were removed.</source>
        <translation>Your drafts, queue, settings and downloaded content were removed.</translation>
    </message>
    <message>
        <source>The system keyring did not answer (%1), so sign-ins stored there may remain. Open your system&apos;s password manager and delete the entries named “advocate-desktop”.</source>
        <translation>The system keyring did not answer (%1), so sign-ins stored there may remain. Open your system&apos;s password manager and delete the entries named “advocate-desktop”.</translation>
    </message>
    <message>
        <source>The entry that starts the app at login could not be removed (%1). Turn it off in your system&apos;s startup settings.</source>
        <translation>The entry that starts the app at login could not be removed (%1). Turn it off in your system&apos;s startup settings.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled post(s) could not be taken back from the server that holds them and may still be published. Delete them in your account&apos;s scheduled posts on the server.</source>
        <translation>
            <numerusform>%n scheduled post could not be taken back from the server that holds it and may still be published. Delete it in your account&apos;s scheduled posts on the server.</numerusform>
            <numerusform>%n scheduled posts could not be taken back from the server that holds them and may still be published. Delete them in your account&apos;s scheduled posts on the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>These folders could not be removed completely; delete them by hand:</source>
        <translation>These folders could not be removed completely; delete them by hand:</translation>
    </message>
    <message>
        <source>About Advocate Desktop</source>
        <translation>About Advocate Desktop</translation>
    </message>
    <message>
        <source>Advocate Desktop %1

Share your company&apos;s approved news in your own words, from your own accounts. Everything personal stays on this computer.</source>
        <translation>Advocate Desktop %1

Share your company&apos;s approved news in your own words, from your own accounts. Everything personal stays on this computer.</translation>
    </message>
    <message>
        <source>Trust the studio&apos;s key?</source>
        <translation>Trust the studio&apos;s key?</translation>
    </message>
    <message>
        <source>This app accepts signed packs only from keys it trusts. Trust key %1 (%2) here, so the pack built in the studio can be previewed?</source>
        <translation>This app accepts signed packs only from keys it trusts. Trust key %1 (%2) here, so the pack built in the studio can be previewed?</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>Posts are scheduled. Keep the app running so they go out?</source>
        <translation>Posts are scheduled. Keep the app running so they go out?</translation>
    </message>
    <message>
        <source>This desktop has no tray, so the app keeps running minimized. If you quit, scheduled posts wait until you start it again.</source>
        <translation>This desktop has no tray, so the app keeps running minimized. If you quit, scheduled posts wait until you start it again.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Keep running</translation>
    </message>
    <message>
        <source>Quit, they will wait</source>
        <translation>Quit, they will wait</translation>
    </message>
    <message>
        <source>Still running in the tray so scheduled posts go out. Use Quit to stop it.</source>
        <translation>Still running in the tray so scheduled posts go out. Use Quit to stop it.</translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>nested too deeply to be read</source>
        <translation>nested too deeply to be read</translation>
    </message>
    <message>
        <source>Only signed content is accepted, as if require_signed were on and locked, until this is fixed.</source>
        <translation>Only signed content is accepted, as if require_signed were on and locked, until this is fixed.</translation>
    </message>
    <message>
        <source>Only signed content is accepted, as if require_signed were on and locked, until this is fixed; the other keys stay trusted.</source>
        <translation>Only signed content is accepted, as if require_signed were on and locked, until this is fixed; the other keys stay trusted.</translation>
    </message>
    <message>
        <source>Nothing is published until this is fixed: content can still be read and drafts written.</source>
        <translation>Nothing is published until this is fixed: content can still be read and drafts written.</translation>
    </message>
    <message>
        <source>No network is allowed until this is fixed: nothing is published or shared and no account can be added.</source>
        <translation>No network is allowed until this is fixed: nothing is published or shared and no account can be added.</translation>
    </message>
    <message>
        <source>expected a feed address starting with https:// or http://, got %1</source>
        <translation>expected a feed address starting with https:// or http://, got %1</translation>
    </message>
    <message>
        <source>expected {&quot;name&quot;: …, &quot;key&quot;: &quot;advocate-ed25519 …&quot;}, got %1</source>
        <translation>expected {&quot;name&quot;: …, &quot;key&quot;: &quot;advocate-ed25519 …&quot;}, got %1</translation>
    </message>
    <message>
        <source>expected a date (2027-06-30) or a date and time with a time zone</source>
        <translation>expected a date (2027-06-30) or a date and time with a time zone</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>unknown field %1</translation>
    </message>
    <message>
        <source>no company app is used for %1; expected one of %2</source>
        <translation>no company app is used for %1; expected one of %2</translation>
    </message>
    <message>
        <source>expected a client_id (text)</source>
        <translation>expected a client_id (text)</translation>
    </message>
    <message>
        <source>expected an https:// address, got %1</source>
        <translation>expected an https:// address, got %1</translation>
    </message>
    <message>
        <source>expected text that is not empty</source>
        <translation>expected text that is not empty</translation>
    </message>
    <message>
        <source>expected a LinkedIn API version as YYYYMM (e.g. 202611), got %1</source>
        <translation>expected a LinkedIn API version as YYYYMM (e.g. 202611), got %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be read</source>
        <translation>the JSON is nested too deeply to be read</translation>
    </message>
    <message>
        <source>expected a JSON object, got %1</source>
        <translation>expected a JSON object, got %1</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>unknown setting %1</translation>
    </message>
    <message>
        <source>only the employee sets this; IT may lock it (IT&apos;s own keys: /%1)</source>
        <translation>only the employee sets this; IT may lock it (IT&apos;s own keys: /%1)</translation>
    </message>
    <message>
        <source>%1 cannot be locked</source>
        <translation>%1 cannot be locked</translation>
    </message>
    <message>
        <source>expected a setting name, got %1</source>
        <translation>expected a setting name, got %1</translation>
    </message>
    <message>
        <source>None of this source&apos;s values apply. Until it is fixed, only signed content is accepted and nothing is published.</source>
        <translation>None of this source&apos;s values apply. Until it is fixed, only signed content is accepted and nothing is published.</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>expected true or false, got %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>expected a whole number, got %1</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>expected text, got %1</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>expected a list, got %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>expected an object, got %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>expected one of %1, got %2</translation>
    </message>
    <message>
        <source>expected at least %1, got %2</source>
        <translation>expected at least %1, got %2</translation>
    </message>
    <message>
        <source>expected at most %1, got %2</source>
        <translation>expected at most %1, got %2</translation>
    </message>
    <message>
        <source>every entry must be text</source>
        <translation>every entry must be text</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>expected a network name as text, got %1</source>
        <translation>expected a network name as text, got %1</translation>
    </message>
    <message>
        <source>unknown network %1, so it allows nothing; the names are %2</source>
        <translation>unknown network %1, so it allows nothing; the names are %2</translation>
    </message>
    <message>
        <source>no disclosure in %1; the languages are %2</source>
        <translation>no disclosure in %1; the languages are %2</translation>
    </message>
    <message>
        <source>%1 is too short to say anything: a disclosure needs 4 letters or more</source>
        <translation>%1 is too short to say anything: a disclosure needs 4 letters or more</translation>
    </message>
    <message>
        <source>longer than %1 characters: a disclosure must fit at the start of a post</source>
        <translation>longer than %1 characters: a disclosure must fit at the start of a post</translation>
    </message>
    <message>
        <source>%1 does not say that the author works there (the built-in policy refuses it as a disclosure)</source>
        <translation>%1 does not say that the author works there (the built-in policy refuses it as a disclosure)</translation>
    </message>
    <message>
        <source>contains %1, a label the built-in policy refuses as a disclosure</source>
        <translation>contains %1, a label the built-in policy refuses as a disclosure</translation>
    </message>
    <message>
        <source>expected one line of text without control characters</source>
        <translation>expected one line of text without control characters</translation>
    </message>
    <message>
        <source>expected an http:// or https:// proxy address, got %1</source>
        <translation>expected an http:// or https:// proxy address, got %1</translation>
    </message>
    <message>
        <source>expected a host name or IP address, got %1</source>
        <translation>expected a host name or IP address, got %1</translation>
    </message>
    <message>
        <source>expected a port from 1 to 65535, as in http://proxy.example:3128, got %1</source>
        <translation>expected a port from 1 to 65535, as in http://proxy.example:3128, got %1</translation>
    </message>
    <message>
        <source>a proxy address with a user name or password is refused: every user of the computer can read it</source>
        <translation>a proxy address with a user name or password is refused: every user of the computer can read it</translation>
    </message>
    <message>
        <source>expected only a scheme, a host and a port, got %1</source>
        <translation>expected only a scheme, a host and a port, got %1</translation>
    </message>
    <message>
        <source>expected a host (intranet.example), *.domain, an IP address, a network (10.0.0.0/8) or &lt;local&gt;, got %1</source>
        <translation>expected a host (intranet.example), *.domain, an IP address, a network (10.0.0.0/8) or &lt;local&gt;, got %1</translation>
    </message>
</context>
<context>
    <name>ManagedDialog</name>
    <message>
        <source>Managed by your organization</source>
        <translation>Managed by your organization</translation>
    </message>
    <message>
        <source>Your organization configures this app on this computer. What it locked cannot be changed in Settings.</source>
        <translation>Your organization configures this app on this computer. What it locked cannot be changed in Settings.</translation>
    </message>
    <message>
        <source>Your organization does not configure this app on this computer.</source>
        <translation>Your organization does not configure this app on this computer.</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>Read from: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Values set by your organization</source>
        <translation>Values set by your organization</translation>
    </message>
    <message>
        <source>Ignored values:</source>
        <translation>Ignored values:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Why it was ignored</source>
        <translation>Why it was ignored</translation>
    </message>
    <message>
        <source>What the app does instead</source>
        <translation>What the app does instead</translation>
    </message>
    <message>
        <source>Ignored values</source>
        <translation>Ignored values</translation>
    </message>
    <message>
        <source>(the employee&apos;s)</source>
        <translation>(the employee&apos;s)</translation>
    </message>
    <message>
        <source>Ignored values: %1</source>
        <translation>Ignored values: %1</translation>
    </message>
    <message>
        <source>Ignored values: none</source>
        <translation>Ignored values: none</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Waiting to retry</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Missed – confirm to publish</source>
        <translation>Missed – confirm to publish</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Handing over to the server…</source>
        <translation>Handing over to the server…</translation>
    </message>
    <message>
        <source>Held by the server</source>
        <translation>Held by the server</translation>
    </message>
    <message>
        <source>Changing on the server…</source>
        <translation>Changing on the server…</translation>
    </message>
    <message>
        <source>Posted by you</source>
        <translation>Posted by you</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Details: %2</translation>
    </message>
    <message>
        <source>The app stopped while this post was being published, so it is not known whether it went out. Check your account before publishing it again.</source>
        <translation>The app stopped while this post was being published, so it is not known whether it went out. Check your account before publishing it again.</translation>
    </message>
    <message>
        <source>Publishing failed several times: %1</source>
        <translation>Publishing failed several times: %1</translation>
    </message>
    <message>
        <source>The policy in force now blocks this post (%1). Edit it and schedule it again.</source>
        <translation>The policy in force now blocks this post (%1). Edit it and schedule it again.</translation>
    </message>
    <message>
        <source>The account for this post was removed. Pick another account.</source>
        <translation>The account for this post was removed. Pick another account.</translation>
    </message>
    <message>
        <source>The account&apos;s settings are incomplete: %1</source>
        <translation>The account&apos;s settings are incomplete: %1</translation>
    </message>
    <message>
        <source>The content this post shares expired (%1), so it was not published.</source>
        <translation>The content this post shares expired (%1), so it was not published.</translation>
    </message>
    <message>
        <source>The content this post shares (%1) is no longer signed by a key this computer trusts, so it was not published.</source>
        <translation>The content this post shares (%1) is no longer signed by a key this computer trusts, so it was not published.</translation>
    </message>
    <message>
        <source>Your organization no longer allows posting to %1, so this post was not sent. Edit it to pick an account on another network, or cancel it.</source>
        <translation>Your organization no longer allows posting to %1, so this post was not sent. Edit it to pick an account on another network, or cancel it.</translation>
    </message>
    <message>
        <source>Your IT department&apos;s policy could not be loaded (%1), so nothing is published until IT fixes it. Publish this post again from the Queue after that.</source>
        <translation>Your IT department&apos;s policy could not be loaded (%1), so nothing is published until IT fixes it. Publish this post again from the Queue after that.</translation>
    </message>
    <message>
        <source>An unexpected error happened: %1</source>
        <translation>An unexpected error happened: %1</translation>
    </message>
    <message>
        <source>The network refused this post: “%1”. Edit it and schedule it again.</source>
        <translation>The network refused this post: “%1”. Edit it and schedule it again.</translation>
    </message>
    <message>
        <source>The network no longer accepts this account&apos;s sign-in (%1). Its posts wait until you sign in again.</source>
        <translation>The network no longer accepts this account&apos;s sign-in (%1). Its posts wait until you sign in again.</translation>
    </message>
    <message>
        <source>The network asked to slow down; the post will be tried again later. %1</source>
        <translation>The network asked to slow down; the post will be tried again later. %1</translation>
    </message>
    <message>
        <source>The network refuses posts from this account until %1, later than this post should go out. Publish it then, give it a new time, or cancel it.</source>
        <translation>The network refuses posts from this account until %1, later than this post should go out. Publish it then, give it a new time, or cancel it.</translation>
    </message>
    <message>
        <source>An image of this post is no longer on this computer (%1). Put the file back, or edit the post, and schedule it again.</source>
        <translation>An image of this post is no longer on this computer (%1). Put the file back, or edit the post, and schedule it again.</translation>
    </message>
    <message>
        <source>An image of this post has no description (alt text), which this network requires (%1). Add one and schedule the post again.</source>
        <translation>An image of this post has no description (alt text), which this network requires (%1). Add one and schedule the post again.</translation>
    </message>
    <message>
        <source>An image description (alt text) is longer than this network allows (%1). Shorten it and schedule the post again.</source>
        <translation>An image description (alt text) is longer than this network allows (%1). Shorten it and schedule the post again.</translation>
    </message>
    <message>
        <source>An image of this post cannot be read (%1). Replace it and schedule the post again.</source>
        <translation>An image of this post cannot be read (%1). Replace it and schedule the post again.</translation>
    </message>
    <message>
        <source>An image of this post is larger than this network allows (%1). Use a smaller one and schedule the post again.</source>
        <translation>An image of this post is larger than this network allows (%1). Use a smaller one and schedule the post again.</translation>
    </message>
    <message>
        <source>This network does not accept this kind of image (%1). Use a JPEG or PNG image and schedule the post again.</source>
        <translation>This network does not accept this kind of image (%1). Use a JPEG or PNG image and schedule the post again.</translation>
    </message>
    <message>
        <source>This post has more images than this network allows (%1). Remove some and schedule it again.</source>
        <translation>This post has more images than this network allows (%1). Remove some and schedule it again.</translation>
    </message>
    <message>
        <source>The server was to publish this post, but it is no longer there and did not go out: it may have been deleted on the server. Check your account, then publish it again, give it a new time, or cancel it.</source>
        <translation>The server was to publish this post, but it is no longer there and did not go out: it may have been deleted on the server. Check your account, then publish it again, give it a new time, or cancel it.</translation>
    </message>
    <message>
        <source>The account&apos;s sign-in expires at %1, before this post&apos;s time. Sign in again before then, or the post will not go out.</source>
        <translation>The account&apos;s sign-in expires at %1, before this post&apos;s time. Sign in again before then, or the post will not go out.</translation>
    </message>
    <message>
        <source>Your posts: %1</source>
        <translation>Your posts: %1</translation>
    </message>
    <message>
        <source>Publishing failed (%1): %2</source>
        <translation>Publishing failed (%1): %2</translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <source>The server asks to wait before posting again.</source>
        <extracomment>Where an employee makes an app password (the sign-in explains it and links here).</extracomment>
        <translation>The server asks to wait before posting again.</translation>
    </message>
    <message>
        <source>The account needs to be signed in again.</source>
        <translation>The account needs to be signed in again.</translation>
    </message>
    <message>
        <source>The server refused the post.</source>
        <translation>The server refused the post.</translation>
    </message>
    <message>
        <source>The post was sent but no answer came back; the app checks whether it went out before trying again.</source>
        <translation>The post was sent but no answer came back; the app checks whether it went out before trying again.</translation>
    </message>
    <message>
        <source>The server cannot be reached right now.</source>
        <translation>The server cannot be reached right now.</translation>
    </message>
    <message>
        <source>The text is longer than the server allows.</source>
        <translation>The text is longer than the server allows.</translation>
    </message>
    <message>
        <source>The post has more images than the server allows.</source>
        <translation>The post has more images than the server allows.</translation>
    </message>
    <message>
        <source>An image has no alt text.</source>
        <translation>An image has no alt text.</translation>
    </message>
    <message>
        <source>An image file cannot be read.</source>
        <translation>An image file cannot be read.</translation>
    </message>
    <message>
        <source>An image is larger than the server allows.</source>
        <translation>An image is larger than the server allows.</translation>
    </message>
    <message>
        <source>No Bluesky account has this handle.</source>
        <translation>No Bluesky account has this handle.</translation>
    </message>
    <message>
        <source>The handle or the app password is not right.</source>
        <translation>The handle or the app password is not right.</translation>
    </message>
    <message>
        <source>This is the account&apos;s main password. Make an app password in Bluesky&apos;s settings and use that instead.</source>
        <translation>This is the account&apos;s main password. Make an app password in Bluesky&apos;s settings and use that instead.</translation>
    </message>
    <message>
        <source>Bluesky has taken this account down.</source>
        <translation>Bluesky has taken this account down.</translation>
    </message>
    <message>
        <source>This address is not a Bluesky server.</source>
        <translation>This address is not a Bluesky server.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>The secure connection to the server failed.</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be read.</source>
        <translation>The server sent an answer that cannot be read.</translation>
    </message>
    <message>
        <source>The server was still processing an image.</source>
        <translation>The server was still processing an image.</translation>
    </message>
    <message>
        <source>The post was sent but no answer came back; it may have been published.</source>
        <translation>The post was sent but no answer came back; it may have been published.</translation>
    </message>
    <message>
        <source>The server refused: the account may be limited or suspended.</source>
        <translation>The server refused: the account may be limited or suspended.</translation>
    </message>
    <message>
        <source>This address is not a Mastodon server.</source>
        <translation>This address is not a Mastodon server.</translation>
    </message>
    <message>
        <source>This is not a server address.</source>
        <translation>This is not a server address.</translation>
    </message>
    <message>
        <source>The server no longer has what was asked for.</source>
        <translation>The server no longer has what was asked for.</translation>
    </message>
    <message>
        <source>An image&apos;s alt text is longer than the server allows.</source>
        <translation>An image&apos;s alt text is longer than the server allows.</translation>
    </message>
    <message>
        <source>The server does not accept this kind of image.</source>
        <translation>The server does not accept this kind of image.</translation>
    </message>
    <message>
        <source>The outbox folder cannot be written: %1</source>
        <translation>The outbox folder cannot be written: %1</translation>
    </message>
    <message>
        <source>X asks to wait before posting again.</source>
        <translation>X asks to wait before posting again.</translation>
    </message>
    <message>
        <source>X cannot be reached right now.</source>
        <translation>X cannot be reached right now.</translation>
    </message>
    <message>
        <source>The post was sent to X but no answer came back; it may have been published. Look at your X profile before trying again.</source>
        <translation>The post was sent to X but no answer came back; it may have been published. Look at your X profile before trying again.</translation>
    </message>
    <message>
        <source>The X account needs to be signed in again.</source>
        <translation>The X account needs to be signed in again.</translation>
    </message>
    <message>
        <source>X refused the post.</source>
        <translation>X refused the post.</translation>
    </message>
    <message>
        <source>X refuses a post with the same text as one already on the account.</source>
        <translation>X refuses a post with the same text as one already on the account.</translation>
    </message>
    <message>
        <source>X refused because the company&apos;s X app has no paid API access left. Tell IT.</source>
        <translation>X refused because the company&apos;s X app has no paid API access left. Tell IT.</translation>
    </message>
    <message>
        <source>X sent an answer that cannot be read.</source>
        <translation>X sent an answer that cannot be read.</translation>
    </message>
    <message>
        <source>The text is longer than X allows.</source>
        <translation>The text is longer than X allows.</translation>
    </message>
    <message>
        <source>The post has more images than X allows.</source>
        <translation>The post has more images than X allows.</translation>
    </message>
    <message>
        <source>An image&apos;s alt text is longer than X allows (1,000 characters).</source>
        <translation>An image&apos;s alt text is longer than X allows (1,000 characters).</translation>
    </message>
    <message>
        <source>An image is larger than X allows.</source>
        <translation>An image is larger than X allows.</translation>
    </message>
    <message>
        <source>The system keyring refused to keep the X account&apos;s new sign-in.</source>
        <translation>The system keyring refused to keep the X account&apos;s new sign-in.</translation>
    </message>
    <message>
        <source>Your company has not turned on posting to X through its API (X charges the company for every post, more for a post with a link), so X is offered through its share page only.</source>
        <translation>Your company has not turned on posting to X through its API (X charges the company for every post, more for a post with a link), so X is offered through its share page only.</translation>
    </message>
    <message>
        <source>Other programs use every port the X sign-in may come back on. Close them and try again.</source>
        <translation>Other programs use every port the X sign-in may come back on. Close them and try again.</translation>
    </message>
    <message>
        <source>X&apos;s answer about who signed in cannot be read.</source>
        <translation>X&apos;s answer about who signed in cannot be read.</translation>
    </message>
    <message>
        <source>Your company has not set up a Threads app for Advocate Desktop, so Threads is offered through its share page only.</source>
        <translation>Your company has not set up a Threads app for Advocate Desktop, so Threads is offered through its share page only.</translation>
    </message>
    <message>
        <source>Threads did not say which account signed in.</source>
        <translation>Threads did not say which account signed in.</translation>
    </message>
    <message>
        <source>Threads did not accept the sign-in. Try again, or ask IT to check the app.</source>
        <translation>Threads did not accept the sign-in. Try again, or ask IT to check the app.</translation>
    </message>
    <message>
        <source>Threads asks to wait before posting again.</source>
        <translation>Threads asks to wait before posting again.</translation>
    </message>
    <message>
        <source>Threads cannot be reached right now.</source>
        <translation>Threads cannot be reached right now.</translation>
    </message>
    <message>
        <source>Threads did not answer in time.</source>
        <translation>Threads did not answer in time.</translation>
    </message>
    <message>
        <source>The secure connection to Threads failed.</source>
        <translation>The secure connection to Threads failed.</translation>
    </message>
    <message>
        <source>Threads sent an answer that cannot be read.</source>
        <translation>Threads sent an answer that cannot be read.</translation>
    </message>
    <message>
        <source>Threads was still preparing the post; the app tries again later.</source>
        <translation>Threads was still preparing the post; the app tries again later.</translation>
    </message>
    <message>
        <source>The post was sent to Threads but no answer came back; the app checks the account&apos;s posts before trying again.</source>
        <translation>The post was sent to Threads but no answer came back; the app checks the account&apos;s posts before trying again.</translation>
    </message>
    <message>
        <source>The Threads account needs to be signed in again.</source>
        <translation>The Threads account needs to be signed in again.</translation>
    </message>
    <message>
        <source>Threads refused the post.</source>
        <translation>Threads refused the post.</translation>
    </message>
    <message>
        <source>Threads could not prepare the post (%1). Check its image and text.</source>
        <translation>Threads could not prepare the post (%1). Check its image and text.</translation>
    </message>
    <message>
        <source>The text is longer than the 500 characters Threads allows.</source>
        <translation>The text is longer than the 500 characters Threads allows.</translation>
    </message>
    <message>
        <source>The post has more than the 5 links Threads allows.</source>
        <translation>The post has more than the 5 links Threads allows.</translation>
    </message>
    <message>
        <source>Threads takes one image per post from this app.</source>
        <translation>Threads takes one image per post from this app.</translation>
    </message>
    <message>
        <source>Threads takes only an image at a public https address, such as the news item&apos;s own picture. Your own files are never uploaded anywhere: remove the image, or share the post through Threads&apos; share page.</source>
        <translation>Threads takes only an image at a public https address, such as the news item&apos;s own picture. Your own files are never uploaded anywhere: remove the image, or share the post through Threads&apos; share page.</translation>
    </message>
    <message>
        <source>Your organization has not set up LinkedIn for this app; you can still share through LinkedIn&apos;s share page.</source>
        <translation>Your organization has not set up LinkedIn for this app; you can still share through LinkedIn&apos;s share page.</translation>
    </message>
    <message>
        <source>LinkedIn no longer accepts the version of its interface this app uses (%1). Update Advocate Desktop, or ask IT to set a newer LinkedIn version (linkedin_api_version).</source>
        <translation>LinkedIn no longer accepts the version of its interface this app uses (%1). Update Advocate Desktop, or ask IT to set a newer LinkedIn version (linkedin_api_version).</translation>
    </message>
    <message>
        <source>Another program uses port %1 on this computer, where LinkedIn&apos;s sign-in comes back to the app. Close that program and try again.</source>
        <translation>Another program uses port %1 on this computer, where LinkedIn&apos;s sign-in comes back to the app. Close that program and try again.</translation>
    </message>
    <message>
        <source>LinkedIn asks to wait before posting again.</source>
        <translation>LinkedIn asks to wait before posting again.</translation>
    </message>
    <message>
        <source>LinkedIn cannot be reached right now.</source>
        <translation>LinkedIn cannot be reached right now.</translation>
    </message>
    <message>
        <source>LinkedIn did not answer in time.</source>
        <translation>LinkedIn did not answer in time.</translation>
    </message>
    <message>
        <source>The secure connection to LinkedIn failed.</source>
        <translation>The secure connection to LinkedIn failed.</translation>
    </message>
    <message>
        <source>LinkedIn sent an answer that cannot be read.</source>
        <translation>LinkedIn sent an answer that cannot be read.</translation>
    </message>
    <message>
        <source>LinkedIn refused: the account may be restricted.</source>
        <translation>LinkedIn refused: the account may be restricted.</translation>
    </message>
    <message>
        <source>LinkedIn refused the post.</source>
        <translation>LinkedIn refused the post.</translation>
    </message>
    <message>
        <source>A LinkedIn post from this app carries one image.</source>
        <translation>A LinkedIn post from this app carries one image.</translation>
    </message>
    <message>
        <source>An image&apos;s alt text is longer than LinkedIn allows.</source>
        <translation>An image&apos;s alt text is longer than LinkedIn allows.</translation>
    </message>
    <message>
        <source>An image is larger than LinkedIn allows.</source>
        <translation>An image is larger than LinkedIn allows.</translation>
    </message>
    <message>
        <source>LinkedIn takes JPEG, PNG and GIF images only.</source>
        <translation>LinkedIn takes JPEG, PNG and GIF images only.</translation>
    </message>
</context>
<context>
    <name>NetworkPreviews</name>
    <message>
        <source>Preview on:</source>
        <translation>Preview on:</translation>
    </message>
    <message>
        <source>Preview on</source>
        <translation>Preview on</translation>
    </message>
    <message>
        <source>The network whose preview is shown, with the post&apos;s length there</source>
        <translation>The network whose preview is shown, with the post&apos;s length there</translation>
    </message>
    <message>
        <source>Networks the post is too long for</source>
        <translation>Networks the post is too long for</translation>
    </message>
    <message>
        <source>Preview on %1</source>
        <translation>Preview on %1</translation>
    </message>
    <message>
        <source>%1 (too long)</source>
        <translation>%1 (too long)</translation>
    </message>
    <message>
        <source>Too long for: %1</source>
        <translation>Too long for: %1</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Create a signing key</source>
        <translation>Create a signing key</translation>
    </message>
    <message>
        <source>Who signs</source>
        <translation>Who signs</translation>
    </message>
    <message>
        <source>e.g. Nordvik Communications</source>
        <translation>e.g. Nordvik Communications</translation>
    </message>
    <message>
        <source>&amp;Who signs:</source>
        <translation>&amp;Who signs:</translation>
    </message>
    <message>
        <source>Keep it in this computer&apos;s &amp;keyring (recommended)</source>
        <translation>Keep it in this computer&apos;s &amp;keyring (recommended)</translation>
    </message>
    <message>
        <source>Keep it in a file protected by a &amp;passphrase</source>
        <translation>Keep it in a file protected by a &amp;passphrase</translation>
    </message>
    <message>
        <source>Keep it in a plain &amp;file (anyone who copies it can sign)</source>
        <translation>Keep it in a plain &amp;file (anyone who copies it can sign)</translation>
    </message>
    <message>
        <source>I understand: the plain file must be kept as secret as a password</source>
        <translation>I understand: the plain file must be kept as secret as a password</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Key &amp;file:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Create key</translation>
    </message>
    <message>
        <source>Where to keep the key</source>
        <translation>Where to keep the key</translation>
    </message>
    <message>
        <source>Signing keys (*.key)</source>
        <translation>Signing keys (*.key)</translation>
    </message>
    <message>
        <source>Choose where to keep the key file.</source>
        <translation>Choose where to keep the key file.</translation>
    </message>
    <message>
        <source>Tick the box to keep the key in a plain file.</source>
        <translation>Tick the box to keep the key in a plain file.</translation>
    </message>
    <message>
        <source>A passphrase has at least %1 characters.</source>
        <translation>A passphrase has at least %1 characters.</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>The passphrases differ.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Dismiss notification</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Publishing failed; it will be retried: %1</source>
        <translation>Publishing failed; it will be retried: %1</translation>
    </message>
    <message>
        <source>Sign in again soon: %1</source>
        <translation>Sign in again soon: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) published</source>
        <translation>
            <numerusform>%n post published</numerusform>
            <numerusform>%n posts published</numerusform>
        </translation>
    </message>
    <message>
        <source>Post published</source>
        <translation>Post published</translation>
    </message>
    <message>
        <source>Your post is out.</source>
        <translation>Your post is out.</translation>
    </message>
    <message>
        <source>Publish it now, give it a new time, or cancel it.</source>
        <translation>Publish it now, give it a new time, or cancel it.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) missed their time</source>
        <translation>
            <numerusform>%n post missed its time</numerusform>
            <numerusform>%n posts missed their time</numerusform>
        </translation>
    </message>
    <message>
        <source>A post missed its time</source>
        <translation>A post missed its time</translation>
    </message>
    <message>
        <source>The network signed this account out. Its posts wait until you sign in again.</source>
        <translation>The network signed this account out. Its posts wait until you sign in again.</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Sign-in needed</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in(s) expire soon</source>
        <translation>
            <numerusform>%n sign-in expires soon</numerusform>
            <numerusform>%n sign-ins expire soon</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again so their posts keep going out.</source>
        <translation>Sign in again so their posts keep going out.</translation>
    </message>
    <message>
        <source>Sign-in expired</source>
        <translation>Sign-in expired</translation>
    </message>
    <message>
        <source>The sign-in of %1 has expired. Its posts wait until you sign in again.</source>
        <translation>The sign-in of %1 has expired. Its posts wait until you sign in again.</translation>
    </message>
    <message>
        <source>Sign-in expires soon</source>
        <translation>Sign-in expires soon</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in of %1 expires in %n day(s). Sign in again so its posts keep going out.</source>
        <translation>
            <numerusform>The sign-in of %1 expires in %n day. Sign in again so its posts keep going out.</numerusform>
            <numerusform>The sign-in of %1 expires in %n days. Sign in again so its posts keep going out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) need your attention</source>
        <translation>
            <numerusform>%n post needs your attention</numerusform>
            <numerusform>%n posts need your attention</numerusform>
        </translation>
    </message>
    <message>
        <source>They were not published.</source>
        <translation>They were not published.</translation>
    </message>
    <message>
        <source>A post was not published</source>
        <translation>A post was not published</translation>
    </message>
    <message>
        <source>Open post</source>
        <translation>Open post</translation>
    </message>
    <message>
        <source>Open in the Queue</source>
        <translation>Open in the Queue</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Account settings</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>OwnWordsMeter</name>
    <message>
        <source>Share of the post that is still the suggested text</source>
        <translation>Share of the post that is still the suggested text</translation>
    </message>
    <message>
        <source>Own words</source>
        <translation>Own words</translation>
    </message>
    <message>
        <source>How much of your post is still the suggested text, word for word (links, hashtags and mentions are not counted). Posts in your own words read as yours; this never stops you from publishing.</source>
        <translation>How much of your post is still the suggested text, word for word (links, hashtags and mentions are not counted). Posts in your own words read as yours; this never stops you from publishing.</translation>
    </message>
    <message>
        <source>Still the suggested text word for word. A sentence of your own makes the post sound like you.</source>
        <translation>Still the suggested text word for word. A sentence of your own makes the post sound like you.</translation>
    </message>
    <message>
        <source>%1 % of the post is still the suggested text. A few words of your own make it sound like you.</source>
        <translation>%1 % of the post is still the suggested text. A few words of your own make it sound like you.</translation>
    </message>
    <message>
        <source>%1 % of the post is still the suggested text.</source>
        <translation>%1 % of the post is still the suggested text.</translation>
    </message>
    <message>
        <source>Mostly in your own words (%1 % is the suggested text).</source>
        <translation>Mostly in your own words (%1 % is the suggested text).</translation>
    </message>
</context>
<context>
    <name>PaceSettingsPage</name>
    <message>
        <source>Limits that keep your accounts from looking like spam. Your content packs or your IT department may set stricter ones; the strictest limit always applies.</source>
        <translation>Limits that keep your accounts from looking like spam. Your content packs or your IT department may set stricter ones; the strictest limit always applies.</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>This computer&apos;s time zone</translation>
    </message>
    <message>
        <source>e.g. 22:00-07:00</source>
        <translation>e.g. 22:00-07:00</translation>
    </message>
    <message>
        <source>Write quiet hours as HH:MM-HH:MM, e.g. 22:00-07:00.</source>
        <translation>Write quiet hours as HH:MM-HH:MM, e.g. 22:00-07:00.</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>&amp;New pack…</source>
        <translation>&amp;New pack…</translation>
    </message>
    <message>
        <source>Open pack &amp;folder…</source>
        <translation>Open pack &amp;folder…</translation>
    </message>
    <message>
        <source>Open pack &amp;zip…</source>
        <translation>Open pack &amp;zip…</translation>
    </message>
    <message>
        <source>&amp;Recent packs:</source>
        <translation>&amp;Recent packs:</translation>
    </message>
    <message>
        <source>Recent packs</source>
        <translation>Recent packs</translation>
    </message>
    <message>
        <source>Activate one to open it</source>
        <translation>Activate one to open it</translation>
    </message>
    <message>
        <source>The open pack</source>
        <translation>The open pack</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Pack title</source>
        <translation>Pack title</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>Pack language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Disclosure (%1)</source>
        <translation>Disclosure (%1)</translation>
    </message>
    <message>
        <source>e.g. #IWorkAtNordvik</source>
        <translation>e.g. #IWorkAtNordvik</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Items:</translation>
    </message>
    <message>
        <source>Suggested texts:</source>
        <translation>Suggested texts:</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Policy:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Not signed yet: sign it when you build it.</source>
        <translation>Not signed yet: sign it when you build it.</translation>
    </message>
    <message>
        <source>No pack is open.</source>
        <translation>No pack is open.</translation>
    </message>
    <message>
        <source>%1 (a zip: Save writes the pack into a folder you choose)</source>
        <translation>%1 (a zip: Save writes the pack into a folder you choose)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since it was signed: build it to sign it again.</source>
        <translation>Changed since it was signed: build it to sign it again.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s)</source>
        <translation>
            <numerusform>%n text</numerusform>
            <numerusform>%n texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked in the app</source>
        <translation>
            <numerusform>%n blocked in the app</numerusform>
            <numerusform>%n blocked in the app</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not load, so the app would refuse the pack: %1</source>
        <translation>Does not load, so the app would refuse the pack: %1</translation>
    </message>
    <message>
        <source>No policy.json: only the built-in rules apply.</source>
        <translation>No policy.json: only the built-in rules apply.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), over the built-in rules</source>
        <translation>
            <numerusform>%n rule, over the built-in rules</numerusform>
            <numerusform>%n rules, over the built-in rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1 (key %2); every file matches.</source>
        <translation>Signed by %1 (key %2); every file matches.</translation>
    </message>
    <message>
        <source>Signature valid, signed with key %1; every file matches. Employees&apos; apps accept it once IT trusts that key.</source>
        <translation>Signature valid, signed with key %1; every file matches. Employees&apos; apps accept it once IT trusts that key.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Not signed.</translation>
    </message>
    <message>
        <source>Signed with key %1, which cannot be checked here.</source>
        <translation>Signed with key %1, which cannot be checked here.</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NOT VALID: %1</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Confidential terms</source>
        <translation>Confidential terms</translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation>Built-in rules</translation>
    </message>
    <message>
        <source>This policy cannot be edited here: its &quot;rules&quot; are not a list. Fix policy.json in a text editor (lint names the fault); it is kept as it is.</source>
        <translation>This policy cannot be edited here: its &quot;rules&quot; are not a list. Fix policy.json in a text editor (lint names the fault); it is kept as it is.</translation>
    </message>
    <message>
        <source>The built-in rules cannot be read: %1</source>
        <translation>The built-in rules cannot be read: %1</translation>
    </message>
    <message>
        <source>The pack&apos;s rules check every post employees write from it, with the built-in rules. Choose a rule to see which sample posts it catches.</source>
        <translation>The pack&apos;s rules check every post employees write from it, with the built-in rules. Choose a rule to see which sample posts it catches.</translation>
    </message>
    <message>
        <source>Rules of this pack</source>
        <translation>Rules of this pack</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Add rule…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>All networks</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>This rule cannot be used as written: %1</source>
        <translation>This rule cannot be used as written: %1</translation>
    </message>
    <message>
        <source>These rules come with the app and always apply. A pack can make them stricter, never weaker: choose one and tighten it.</source>
        <translation>These rules come with the app and always apply. A pack can make them stricter, never weaker: choose one and tighten it.</translation>
    </message>
    <message>
        <source>Tighten this rule…</source>
        <translation>Tighten this rule…</translation>
    </message>
    <message>
        <source>Could not try the rules on the samples: %1</source>
        <translation>Could not try the rules on the samples: %1</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>PolicyPanel</name>
    <message>
        <source>Policy check</source>
        <translation>Policy check</translation>
    </message>
    <message>
        <source>Open an item to check your post.</source>
        <translation>Open an item to check your post.</translation>
    </message>
    <message>
        <source>Policy findings</source>
        <translation>Policy findings</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Apply the suggested change to the selected finding</source>
        <translation>Apply the suggested change to the selected finding</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>What the policy check found in your post; select one to see it in the text</source>
        <translation>What the policy check found in your post; select one to see it in the text</translation>
    </message>
    <message>
        <source>Policy section: %1</source>
        <translation>Policy section: %1</translation>
    </message>
    <message>
        <source>No findings: the post follows the policy.</source>
        <translation>No findings: the post follows the policy.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) block publishing</source>
        <translation>
            <numerusform>%n finding blocks publishing</numerusform>
            <numerusform>%n findings block publishing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyRulesDialog</name>
    <message>
        <source>Policy rules</source>
        <translation>Policy rules</translation>
    </message>
    <message>
        <source>These rules check your posts on this computer while you write and again when a post goes out. Nothing you write is sent anywhere to be checked.</source>
        <translation>These rules check your posts on this computer while you write and again when a post goes out. Nothing you write is sent anywhere to be checked.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>What it checks</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Open the policy page</source>
        <translation>Open the policy page</translation>
    </message>
    <message>
        <source>Confidential names</source>
        <translation>Confidential names</translation>
    </message>
    <message>
        <source>Brand spelling</source>
        <translation>Brand spelling</translation>
    </message>
    <message>
        <source>Saying that you work here</source>
        <translation>Saying that you work here</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Passwords and keys</source>
        <translation>Passwords and keys</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Language and sensitive topics</source>
        <translation>Language and sensitive topics</translation>
    </message>
    <message>
        <source>Your team&apos;s own pattern</source>
        <translation>Your team&apos;s own pattern</translation>
    </message>
    <message>
        <source>Length on each network</source>
        <translation>Length on each network</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Built in</translation>
    </message>
    <message>
        <source>Your IT department</source>
        <translation>Your IT department</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s), with their forms</source>
        <translation>
            <numerusform>%n name, with their forms</numerusform>
            <numerusform>%n names, with their forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spelling(s)</source>
        <translation>
            <numerusform>%n spelling</numerusform>
            <numerusform>%n spellings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked site(s)</source>
        <translation>
            <numerusform>%n blocked site</numerusform>
            <numerusform>%n blocked sites</numerusform>
        </translation>
    </message>
    <message>
        <source>profanity</source>
        <translation>profanity</translation>
    </message>
    <message>
        <source>sensitive topics</source>
        <translation>sensitive topics</translation>
    </message>
    <message numerus="yes">
        <source>%n own word(s)</source>
        <translation>
            <numerusform>%n own word</numerusform>
            <numerusform>%n own words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyTexts</name>
    <message>
        <source>Confidential names</source>
        <translation>Confidential names</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Keys and tokens</source>
        <translation>Keys and tokens</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Own pattern</source>
        <translation>Own pattern</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Client names and codenames that must not be published, in every Polish form.</source>
        <translation>Client names and codenames that must not be published, in every Polish form.</translation>
    </message>
    <message>
        <source>Wrong spellings of a name, each with the right one as its fix.</source>
        <translation>Wrong spellings of a name, each with the right one as its fix.</translation>
    </message>
    <message>
        <source>Asks the author to say at the start that they work for the company. It tightens the built-in disclosure rule.</source>
        <translation>Asks the author to say at the start that they work for the company. It tightens the built-in disclosure rule.</translation>
    </message>
    <message>
        <source>Personal data: e-mail addresses, phone and identity numbers.</source>
        <translation>Personal data: e-mail addresses, phone and identity numbers.</translation>
    </message>
    <message>
        <source>API keys, tokens and private keys pasted by mistake.</source>
        <translation>API keys, tokens and private keys pasted by mistake.</translation>
    </message>
    <message>
        <source>Links to blocked sites, to sites outside an allow-list, or plain http.</source>
        <translation>Links to blocked sites, to sites outside an allow-list, or plain http.</translation>
    </message>
    <message>
        <source>Swearing and sensitive topics from the shipped word lists, or own words.</source>
        <translation>Swearing and sensitive topics from the shipped word lists, or own words.</translation>
    </message>
    <message>
        <source>Your own regular expression (the regex package&apos;s syntax).</source>
        <translation>Your own regular expression (the regex package&apos;s syntax).</translation>
    </message>
    <message>
        <source>At most this many hashtags or @-mentions per network.</source>
        <translation>At most this many hashtags or @-mentions per network.</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>Rule id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Severity per reason</source>
        <translation>Severity per reason</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Policy page</source>
        <translation>Policy page</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Spellings</source>
        <translation>Spellings</translation>
    </message>
    <message>
        <source>Employer&apos;s name</source>
        <translation>Employer&apos;s name</translation>
    </message>
    <message>
        <source>Products and brands</source>
        <translation>Products and brands</translation>
    </message>
    <message>
        <source>Accepted labels</source>
        <translation>Accepted labels</translation>
    </message>
    <message>
        <source>Labels that do not count</source>
        <translation>Labels that do not count</translation>
    </message>
    <message>
        <source>Label must start within</source>
        <translation>Label must start within</translation>
    </message>
    <message>
        <source>Personal data to find</source>
        <translation>Personal data to find</translation>
    </message>
    <message>
        <source>Phone numbers read as in</source>
        <translation>Phone numbers read as in</translation>
    </message>
    <message>
        <source>National numbers of</source>
        <translation>National numbers of</translation>
    </message>
    <message>
        <source>Report likely typos</source>
        <translation>Report likely typos</translation>
    </message>
    <message>
        <source>Blocked sites</source>
        <translation>Blocked sites</translation>
    </message>
    <message>
        <source>Allowed sites</source>
        <translation>Allowed sites</translation>
    </message>
    <message>
        <source>Report plain http links</source>
        <translation>Report plain http links</translation>
    </message>
    <message>
        <source>Word lists</source>
        <translation>Word lists</translation>
    </message>
    <message>
        <source>Only these categories</source>
        <translation>Only these categories</translation>
    </message>
    <message>
        <source>Category of own terms</source>
        <translation>Category of own terms</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <source>Ignore letter case</source>
        <translation>Ignore letter case</translation>
    </message>
    <message>
        <source>Most hashtags</source>
        <translation>Most hashtags</translation>
    </message>
    <message>
        <source>Most @-mentions</source>
        <translation>Most @-mentions</translation>
    </message>
    <message>
        <source>Internal address</source>
        <translation>Internal address</translation>
    </message>
    <message>
        <source>Blocked site</source>
        <translation>Blocked site</translation>
    </message>
    <message>
        <source>Site not allowed</source>
        <translation>Site not allowed</translation>
    </message>
    <message>
        <source>Plain http</source>
        <translation>Plain http</translation>
    </message>
    <message>
        <source>No campaign parameters</source>
        <translation>No campaign parameters</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Too long</translation>
    </message>
    <message>
        <source>Too many hashtags</source>
        <translation>Too many hashtags</translation>
    </message>
    <message>
        <source>Too many @-mentions</source>
        <translation>Too many @-mentions</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>No label</translation>
    </message>
    <message>
        <source>Label that does not count</source>
        <translation>Label that does not count</translation>
    </message>
    <message>
        <source>Label too late</source>
        <translation>Label too late</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mail addresses</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>PESEL numbers</source>
        <translation>PESEL numbers</translation>
    </message>
    <message>
        <source>NIP tax numbers</source>
        <translation>NIP tax numbers</translation>
    </message>
    <message>
        <source>REGON numbers</source>
        <translation>REGON numbers</translation>
    </message>
    <message>
        <source>Bank accounts (IBAN)</source>
        <translation>Bank accounts (IBAN)</translation>
    </message>
    <message>
        <source>Payment cards</source>
        <translation>Payment cards</translation>
    </message>
    <message>
        <source>Polish identity cards</source>
        <translation>Polish identity cards</translation>
    </message>
    <message>
        <source>Polish passports</source>
        <translation>Polish passports</translation>
    </message>
    <message>
        <source>Other national numbers</source>
        <translation>Other national numbers</translation>
    </message>
    <message>
        <source>Swearing and insults</source>
        <translation>Swearing and insults</translation>
    </message>
    <message>
        <source>Sensitive topics</source>
        <translation>Sensitive topics</translation>
    </message>
    <message>
        <source>singular nominative</source>
        <translation>singular nominative</translation>
    </message>
    <message>
        <source>singular genitive</source>
        <translation>singular genitive</translation>
    </message>
    <message>
        <source>singular dative</source>
        <translation>singular dative</translation>
    </message>
    <message>
        <source>singular accusative</source>
        <translation>singular accusative</translation>
    </message>
    <message>
        <source>singular instrumental</source>
        <translation>singular instrumental</translation>
    </message>
    <message>
        <source>singular locative</source>
        <translation>singular locative</translation>
    </message>
    <message>
        <source>singular vocative</source>
        <translation>singular vocative</translation>
    </message>
    <message>
        <source>plural nominative</source>
        <translation>plural nominative</translation>
    </message>
    <message>
        <source>plural genitive</source>
        <translation>plural genitive</translation>
    </message>
    <message>
        <source>plural dative</source>
        <translation>plural dative</translation>
    </message>
    <message>
        <source>plural accusative</source>
        <translation>plural accusative</translation>
    </message>
    <message>
        <source>plural instrumental</source>
        <translation>plural instrumental</translation>
    </message>
    <message>
        <source>plural locative</source>
        <translation>plural locative</translation>
    </message>
    <message>
        <source>plural vocative</source>
        <translation>plural vocative</translation>
    </message>
    <message>
        <source>Forms from the Polish dictionary (Morfeusz 2, SGJP).</source>
        <translation>Forms from the Polish dictionary (Morfeusz 2, SGJP).</translation>
    </message>
    <message>
        <source>Not in the dictionary: declined like “%1”. Check the forms.</source>
        <translation>Not in the dictionary: declined like “%1”. Check the forms.</translation>
    </message>
    <message>
        <source>Declined like “%1” without the dictionary (Morfeusz 2 is not installed). Check the forms.</source>
        <translation>Declined like “%1” without the dictionary (Morfeusz 2 is not installed). Check the forms.</translation>
    </message>
    <message>
        <source>No Polish forms found. Add them by hand, or choose a noun that declines the same way.</source>
        <translation>No Polish forms found. Add them by hand, or choose a noun that declines the same way.</translation>
    </message>
    <message>
        <source>Choose one of the severities offered.</source>
        <translation>Choose one of the severities offered.</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Fill this in.</translation>
    </message>
    <message>
        <source>Write the message in at least one language.</source>
        <translation>Write the message in at least one language.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <source>Add at least one term.</source>
        <translation>Add at least one term.</translation>
    </message>
    <message>
        <source>Add at least one spelling.</source>
        <translation>Add at least one spelling.</translation>
    </message>
    <message>
        <source>Give at least one wrong spelling.</source>
        <translation>Give at least one wrong spelling.</translation>
    </message>
    <message>
        <source>Write a regular expression.</source>
        <translation>Write a regular expression.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>Not a valid regular expression: %1</translation>
    </message>
    <message>
        <source>“%1” is too short to say anything: a label needs 4 letters or more.</source>
        <translation>“%1” is too short to say anything: a label needs 4 letters or more.</translation>
    </message>
    <message>
        <source>Give at least one label.</source>
        <translation>Give at least one label.</translation>
    </message>
    <message>
        <source>Use two-letter country codes from this list: %1</source>
        <translation>Use two-letter country codes from this list: %1</translation>
    </message>
    <message>
        <source>Use a two-letter country code, such as PL.</source>
        <translation>Use a two-letter country code, such as PL.</translation>
    </message>
    <message>
        <source>Tick at least one word list or add terms.</source>
        <translation>Tick at least one word list or add terms.</translation>
    </message>
    <message>
        <source>Write domains such as careers.example.com, one per line.</source>
        <translation>Write domains such as careers.example.com, one per line.</translation>
    </message>
    <message>
        <source>Another rule already has the id “%1”.</source>
        <translation>Another rule already has the id “%1”.</translation>
    </message>
    <message>
        <source>A built-in rule of this id checks something else (%1); use another id.</source>
        <translation>A built-in rule of this id checks something else (%1); use another id.</translation>
    </message>
    <message>
        <source>Cannot lower the built-in severity.</source>
        <translation>Cannot lower the built-in severity.</translation>
    </message>
    <message>
        <source>Cannot lower the built-in severity for this reason.</source>
        <translation>Cannot lower the built-in severity for this reason.</translation>
    </message>
    <message>
        <source>The built-in rule applies to every network.</source>
        <translation>The built-in rule applies to every network.</translation>
    </message>
    <message>
        <source>The built-in rule applies to every language.</source>
        <translation>The built-in rule applies to every language.</translation>
    </message>
    <message>
        <source>Cannot add exceptions to a built-in rule.</source>
        <translation>Cannot add exceptions to a built-in rule.</translation>
    </message>
    <message>
        <source>Cannot switch this off in a built-in rule.</source>
        <translation>Cannot switch this off in a built-in rule.</translation>
    </message>
    <message>
        <source>Cannot change this in a built-in rule.</source>
        <translation>Cannot change this in a built-in rule.</translation>
    </message>
    <message>
        <source>Cannot allow sites the built-in rule does not.</source>
        <translation>Cannot allow sites the built-in rule does not.</translation>
    </message>
    <message>
        <source>The built-in rule covers every category.</source>
        <translation>The built-in rule covers every category.</translation>
    </message>
    <message>
        <source>Built-in rules can only be tightened: %1</source>
        <translation>Built-in rules can only be tightened: %1</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>This text is too long to check: %1 characters, and the check takes at most %2. Shorten it; no network takes a post this long.</source>
        <translation>This text is too long to check: %1 characters, and the check takes at most %2. Shorten it; no network takes a post this long.</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Create key…</source>
        <translation>Create key…</translation>
    </message>
    <message>
        <source>Use a key file…</source>
        <translation>Use a key file…</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>Who signs</source>
        <translation>Who signs</translation>
    </message>
    <message>
        <source>e.g. Nordvik Communications</source>
        <translation>e.g. Nordvik Communications</translation>
    </message>
    <message>
        <source>&amp;Who signs:</source>
        <translation>&amp;Who signs:</translation>
    </message>
    <message>
        <source>The public key to give to IT</source>
        <translation>The public key to give to IT</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Copy public key</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Public key:</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>The pack expires</source>
        <translation>The pack expires</translation>
    </message>
    <message>
        <source>Pack expires at</source>
        <translation>Pack expires at</translation>
    </message>
    <message>
        <source>&amp;Expires at:</source>
        <translation>&amp;Expires at:</translation>
    </message>
    <message>
        <source>&amp;Build and verify</source>
        <translation>&amp;Build and verify</translation>
    </message>
    <message>
        <source>&amp;Save pack as…</source>
        <translation>&amp;Save pack as…</translation>
    </message>
    <message>
        <source>&amp;Open in the app</source>
        <translation>&amp;Open in the app</translation>
    </message>
    <message>
        <source>Se&amp;rve and open in the app</source>
        <translation>Se&amp;rve and open in the app</translation>
    </message>
    <message>
        <source>S&amp;top serving</source>
        <translation>S&amp;top serving</translation>
    </message>
    <message>
        <source>What was built, and its verification</source>
        <translation>What was built, and its verification</translation>
    </message>
    <message>
        <source>The keyring could not be read: %1</source>
        <translation>The keyring could not be read: %1</translation>
    </message>
    <message>
        <source>Keyring: %1</source>
        <translation>Keyring: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Key %1 created. Give its public key to IT so the app trusts the packs.</source>
        <translation>Key %1 created. Give its public key to IT so the app trusts the packs.</translation>
    </message>
    <message>
        <source>No key created</source>
        <translation>No key created</translation>
    </message>
    <message>
        <source>%1. Choose another file.</source>
        <translation>%1. Choose another file.</translation>
    </message>
    <message>
        <source>Use a signing key file</source>
        <translation>Use a signing key file</translation>
    </message>
    <message>
        <source>Signing keys (*.key)</source>
        <translation>Signing keys (*.key)</translation>
    </message>
    <message>
        <source>Public key copied.</source>
        <translation>Public key copied.</translation>
    </message>
    <message>
        <source>Open the studio from the app to preview packs there.</source>
        <translation>Open the studio from the app to preview packs there.</translation>
    </message>
    <message>
        <source>The pack changed since it was built: build it again.</source>
        <translation>The pack changed since it was built: build it again.</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Building…</translation>
    </message>
    <message>
        <source>Save the pack to build it.</source>
        <translation>Save the pack to build it.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase did not unlock the key. Passphrase of %1:</source>
        <translation>The passphrase did not unlock the key. Passphrase of %1:</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase of %1:</translation>
    </message>
    <message>
        <source>Not built: the key stays locked.</source>
        <translation>Not built: the key stays locked.</translation>
    </message>
    <message numerus="yes">
        <source>Not built: %n error(s) to fix first (see Lint).</source>
        <translation>
            <numerusform>Not built: %n error to fix first (see Lint).</numerusform>
            <numerusform>Not built: %n errors to fix first (see Lint).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not built: an image has no alt text (%1). Describe every image in its item&apos;s language.</source>
        <translation>Not built: an image has no alt text (%1). Describe every image in its item&apos;s language.</translation>
    </message>
    <message>
        <source>Not built: %1</source>
        <translation>Not built: %1</translation>
    </message>
    <message>
        <source>Built %1: %2 files, %3 KB, version %4.</source>
        <translation>Built %1: %2 files, %3 KB, version %4.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Verified: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lint warning(s) (see Lint).</source>
        <translation>
            <numerusform>%n lint warning (see Lint).</numerusform>
            <numerusform>%n lint warnings (see Lint).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the pack</source>
        <translation>Save the pack</translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation>Content packs (*.zip)</translation>
    </message>
    <message>
        <source>The pack was not saved</source>
        <translation>The pack was not saved</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Serving on this computer only at %1 until you stop it.</source>
        <translation>Serving on this computer only at %1 until you stop it.</translation>
    </message>
    <message>
        <source>Not served</source>
        <translation>Not served</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation>Removed account</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publish now</translation>
    </message>
    <message>
        <source>Show posts in state</source>
        <translation>Show posts in state</translation>
    </message>
    <message>
        <source>Show posts of account</source>
        <translation>Show posts of account</translation>
    </message>
    <message>
        <source>Show posts for network</source>
        <translation>Show posts for network</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Post text</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>Cancel post</source>
        <translation>Cancel post</translation>
    </message>
    <message>
        <source>Open post</source>
        <translation>Open post</translation>
    </message>
    <message>
        <source>Share on…</source>
        <translation>Share on…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Bring the deleted draft back (Ctrl+Z)</source>
        <translation>Bring the deleted draft back (Ctrl+Z)</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>The queue could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message>
        <source>All states (%1)</source>
        <translation>All states (%1)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation>Removed account</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>All networks</translation>
    </message>
    <message>
        <source>Select a post to see its details and history.</source>
        <translation>Select a post to see its details and history.</translation>
    </message>
    <message>
        <source>The content it shares expired on %1: it can no longer be published.</source>
        <translation>The content it shares expired on %1: it can no longer be published.</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Images: %1</translation>
    </message>
    <message>
        <source>Published at: %1</source>
        <translation>Published at: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>You scheduled it</source>
        <translation>You scheduled it</translation>
    </message>
    <message>
        <source>You changed its time</source>
        <translation>You changed its time</translation>
    </message>
    <message>
        <source>You confirmed it</source>
        <translation>You confirmed it</translation>
    </message>
    <message>
        <source>You cancelled it</source>
        <translation>You cancelled it</translation>
    </message>
    <message>
        <source>Back to the editor</source>
        <translation>Back to the editor</translation>
    </message>
    <message>
        <source>Stopped by the checks before publishing</source>
        <translation>Stopped by the checks before publishing</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Found published after a restart</source>
        <translation>Found published after a restart</translation>
    </message>
    <message>
        <source>Interrupted: the app stopped while publishing</source>
        <translation>Interrupted: the app stopped while publishing</translation>
    </message>
    <message>
        <source>Its time passed while the app was not running</source>
        <translation>Its time passed while the app was not running</translation>
    </message>
    <message>
        <source>Not known whether it went out</source>
        <translation>Not known whether it went out</translation>
    </message>
    <message>
        <source>Gave up after several attempts</source>
        <translation>Gave up after several attempts</translation>
    </message>
    <message>
        <source>Blocked by the policy in force</source>
        <translation>Blocked by the policy in force</translation>
    </message>
    <message>
        <source>Its account was removed</source>
        <translation>Its account was removed</translation>
    </message>
    <message>
        <source>Its account&apos;s settings are incomplete</source>
        <translation>Its account&apos;s settings are incomplete</translation>
    </message>
    <message>
        <source>The outbox folder could not be written</source>
        <translation>The outbox folder could not be written</translation>
    </message>
    <message>
        <source>The content it shares expired</source>
        <translation>The content it shares expired</translation>
    </message>
    <message>
        <source>An unexpected error</source>
        <translation>An unexpected error</translation>
    </message>
    <message>
        <source>Checked and handed to the server</source>
        <translation>Checked and handed to the server</translation>
    </message>
    <message>
        <source>The server will publish it at its time</source>
        <translation>The server will publish it at its time</translation>
    </message>
    <message>
        <source>Found on the server after an interruption</source>
        <translation>Found on the server after an interruption</translation>
    </message>
    <message>
        <source>Found published</source>
        <translation>Found published</translation>
    </message>
    <message>
        <source>Not on the server: the app publishes it</source>
        <translation>Not on the server: the app publishes it</translation>
    </message>
    <message>
        <source>Its time was changed on the server</source>
        <translation>Its time was changed on the server</translation>
    </message>
    <message>
        <source>You changed it; the server&apos;s copy follows</source>
        <translation>You changed it; the server&apos;s copy follows</translation>
    </message>
    <message>
        <source>Its time was changed on the server too</source>
        <translation>Its time was changed on the server too</translation>
    </message>
    <message>
        <source>Taken back from the server</source>
        <translation>Taken back from the server</translation>
    </message>
    <message>
        <source>It was no longer on the server</source>
        <translation>It was no longer on the server</translation>
    </message>
    <message>
        <source>Published by the server</source>
        <translation>Published by the server</translation>
    </message>
    <message>
        <source>Published by the server at once</source>
        <translation>Published by the server at once</translation>
    </message>
    <message>
        <source>It had already been published when you changed it</source>
        <translation>It had already been published when you changed it</translation>
    </message>
    <message>
        <source>Server scheduling turned off</source>
        <translation>Server scheduling turned off</translation>
    </message>
    <message>
        <source>Publishing paused</source>
        <translation>Publishing paused</translation>
    </message>
    <message>
        <source>Its account is being removed</source>
        <translation>Its account is being removed</translation>
    </message>
    <message>
        <source>Gone from the server without being published</source>
        <translation>Gone from the server without being published</translation>
    </message>
    <message>
        <source>You posted it on its share page</source>
        <translation>You posted it on its share page</translation>
    </message>
    <message>
        <source>The server did not take it (%1): the app publishes it</source>
        <translation>The server did not take it (%1): the app publishes it</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Attempt %1</translation>
    </message>
    <message>
        <source>Draft deleted: “%1”</source>
        <translation>Draft deleted: “%1”</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>The draft is back.</source>
        <translation>The draft is back.</translation>
    </message>
    <message>
        <source>Not opened: %1 is not a web or file address.</source>
        <translation>Not opened: %1 is not a web or file address.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Could not open %1</translation>
    </message>
    <message>
        <source>The server holding this post cannot be reached now. The app takes it back as soon as it can; the post then shows as a draft to edit.</source>
        <translation>The server holding this post cannot be reached now. The app takes it back as soon as it can; the post then shows as a draft to edit.</translation>
    </message>
    <message>
        <source>The action failed: %1</source>
        <translation>The action failed: %1</translation>
    </message>
</context>
<context>
    <name>ReferralSetting</name>
    <message>
        <source>Add my referral parameter to the links of job offers</source>
        <translation>Add my referral parameter to the links of job offers</translation>
    </message>
    <message>
        <source>e.g. ref=jkowalska</source>
        <translation>e.g. ref=jkowalska</translation>
    </message>
    <message>
        <source>Referral parameter</source>
        <translation>Referral parameter</translation>
    </message>
    <message>
        <source>Written as name=value, as your company&apos;s careers site asks for it.</source>
        <translation>Written as name=value, as your company&apos;s careers site asks for it.</translation>
    </message>
    <message>
        <source>Set by your organization.</source>
        <translation>Set by your organization.</translation>
    </message>
    <message>
        <source>Only on links to the company&apos;s own site in job offers you open from now on, and only while this is on. You see it in the post before it goes out.</source>
        <translation>Only on links to the company&apos;s own site in job offers you open from now on, and only while this is on. You see it in the post before it goes out.</translation>
    </message>
    <message>
        <source>Type your referral parameter first.</source>
        <translation>Type your referral parameter first.</translation>
    </message>
    <message>
        <source>Write it as name=value: the name starts with a letter and uses letters, digits, _ . - (at most 40); the value uses letters, digits, _ . ~ - (at most 100).</source>
        <translation>Write it as name=value: the name starts with a letter and uses letters, digits, _ . - (at most 40); the value uses letters, digits, _ . ~ - (at most 100).</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule post</source>
        <translation>Reschedule post</translation>
    </message>
    <message>
        <source>Publish this post at:</source>
        <translation>Publish this post at:</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>New time</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>%1 (not a severity)</source>
        <translation>%1 (not a severity)</translation>
    </message>
    <message>
        <source>Other networks</source>
        <translation>Other networks</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Proper name</source>
        <translation>Proper name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Wrong spellings, separated by commas</source>
        <translation>Wrong spellings, separated by commas</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Problems with this rule</source>
        <translation>Problems with this rule</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>e.g. acme.confidential</source>
        <translation>e.g. acme.confidential</translation>
    </message>
    <message>
        <source>As the rule</source>
        <translation>As the rule</translation>
    </message>
    <message>
        <source>Message in %1</source>
        <translation>Message in %1</translation>
    </message>
    <message>
        <source>Networks (none ticked: every network)</source>
        <translation>Networks (none ticked: every network)</translation>
    </message>
    <message>
        <source>Post languages (none ticked: every language)</source>
        <translation>Post languages (none ticked: every language)</translation>
    </message>
    <message>
        <source>Phrases allowed</source>
        <translation>Phrases allowed</translation>
    </message>
    <message>
        <source>Phrases where a match is allowed</source>
        <translation>Phrases where a match is allowed</translation>
    </message>
    <message>
        <source>Domains allowed</source>
        <translation>Domains allowed</translation>
    </message>
    <message>
        <source>Domains whose addresses and links are allowed</source>
        <translation>Domains whose addresses and links are allowed</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>Only allow links to these sites</source>
        <translation>Only allow links to these sites</translation>
    </message>
    <message>
        <source>Shown with each finding; it may use %1</source>
        <translation>Shown with each finding; it may use %1</translation>
    </message>
    <message>
        <source>Tighten the built-in rule “%1”</source>
        <translation>Tighten the built-in rule “%1”</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>New rule</translation>
    </message>
    <message>
        <source>Edit the rule “%1”</source>
        <translation>Edit the rule “%1”</translation>
    </message>
    <message>
        <source>This rule tightens the built-in rule “%1”: it can make it stricter, never weaker. The built-in wording stays; this message only fills a language it lacks.</source>
        <translation>This rule tightens the built-in rule “%1”: it can make it stricter, never weaker. The built-in wording stays; this message only fills a language it lacks.</translation>
    </message>
    <message>
        <source>This rule cannot be saved yet: fix what is marked.</source>
        <translation>This rule cannot be saved yet: fix what is marked.</translation>
    </message>
</context>
<context>
    <name>SamplesPanel</name>
    <message>
        <source>Sample posts</source>
        <translation>Sample posts</translation>
    </message>
    <message>
        <source>Type posts colleagues might write; the rules are tried on them as you edit.</source>
        <translation>Type posts colleagues might write; the rules are tried on them as you edit.</translation>
    </message>
    <message>
        <source>Each sample with the rules that catch it; select one to edit it</source>
        <translation>Each sample with the rules that catch it; select one to edit it</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>New sample</translation>
    </message>
    <message>
        <source>Remove sample</source>
        <translation>Remove sample</translation>
    </message>
    <message>
        <source>Text of the sample post</source>
        <translation>Text of the sample post</translation>
    </message>
    <message>
        <source>Type a post to try the rules on</source>
        <translation>Type a post to try the rules on</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of the sample post</source>
        <translation>Language of the sample post</translation>
    </message>
    <message>
        <source>Made from a pack item</source>
        <translation>Made from a pack item</translation>
    </message>
    <message>
        <source>A post made from the pack&apos;s content must say the author works here.</source>
        <translation>A post made from the pack&apos;s content must say the author works here.</translation>
    </message>
    <message>
        <source>What the rules find in this sample</source>
        <translation>What the rules find in this sample</translation>
    </message>
    <message>
        <source>Trying the rules on the samples…</source>
        <translation>Trying the rules on the samples…</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Too long to check</source>
        <translation>Too long to check</translation>
    </message>
    <message>
        <source>Caught by: %1</source>
        <translation>Caught by: %1</translation>
    </message>
    <message>
        <source>No rule catches it</source>
        <translation>No rule catches it</translation>
    </message>
    <message>
        <source>Choose a rule to see which samples it catches.</source>
        <translation>Choose a rule to see which samples it catches.</translation>
    </message>
    <message>
        <source>Samples the rule “%1” catches: %2 of %3.</source>
        <translation>Samples the rule “%1” catches: %2 of %3.</translation>
    </message>
</context>
<context>
    <name>SchedulePicker</name>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>The time zone in which this time applies</source>
        <translation>The time zone in which this time applies</translation>
    </message>
    <message>
        <source>The second time (after the clocks go back)</source>
        <translation>The second time (after the clocks go back)</translation>
    </message>
    <message>
        <source>What this time means</source>
        <translation>What this time means</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Pacing</translation>
    </message>
    <message>
        <source>Pick a time zone from the list.</source>
        <translation>Pick a time zone from the list.</translation>
    </message>
    <message>
        <source>This time breaks the pace of posting; pick one of the times offered.</source>
        <translation>This time breaks the pace of posting; pick one of the times offered.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>“%1” is not a time zone.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks jump forward that night. The post will go out at %3.</source>
        <translation>%1 does not exist in %2: the clocks jump forward that night. The post will go out at %3.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back that night. The post will go out the second time (UTC%3).</source>
        <translation>%1 happens twice in %2: the clocks go back that night. The post will go out the second time (UTC%3).</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back that night. The post will go out the first time (UTC%3).</source>
        <translation>%1 happens twice in %2: the clocks go back that night. The post will go out the first time (UTC%3).</translation>
    </message>
    <message>
        <source>On this computer&apos;s clock (%1) that is %2.</source>
        <translation>On this computer&apos;s clock (%1) that is %2.</translation>
    </message>
    <message>
        <source>The sign-in of this account expires on %1, before this post&apos;s time. Sign in again before then, or the post will not go out.</source>
        <translation>The sign-in of this account expires on %1, before this post&apos;s time. Sign in again before then, or the post will not go out.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Use %1</translation>
    </message>
    <message>
        <source>Another post of this account goes out at %1; keep %2 minutes between posts.</source>
        <translation>Another post of this account goes out at %1; keep %2 minutes between posts.</translation>
    </message>
    <message>
        <source>%1 already has %2 posts planned on %3, as many as a day allows.</source>
        <translation>%1 already has %2 posts planned on %3, as many as a day allows.</translation>
    </message>
    <message>
        <source>%1 is in the quiet hours (%2), when nothing is posted.</source>
        <translation>%1 is in the quiet hours (%2), when nothing is posted.</translation>
    </message>
    <message>
        <source>The pace could not be checked: %1</source>
        <translation>The pace could not be checked: %1</translation>
    </message>
</context>
<context>
    <name>SettingControls</name>
    <message>
        <source>Set by your organization.</source>
        <translation>Set by your organization.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Posting pace</source>
        <translation>Posting pace</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Feeds and content packs this computer follows:</source>
        <translation>Feeds and content packs this computer follows:</translation>
    </message>
    <message>
        <source>Content sources</source>
        <translation>Content sources</translation>
    </message>
    <message>
        <source>Add address…</source>
        <translation>Add address…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Trusted signers</source>
        <translation>Trusted signers</translation>
    </message>
    <message>
        <source>Trust a signer…</source>
        <translation>Trust a signer…</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Stop trusting</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <source>Job offers:</source>
        <translation>Job offers:</translation>
    </message>
    <message>
        <source>Removes your drafts, the queue, the downloaded content, your settings and every credential this app stored in the keyring, then closes the app. Files already written to an outbox folder stay.</source>
        <translation>Removes your drafts, the queue, the downloaded content, your settings and every credential this app stored in the keyring, then closes the app. Files already written to an outbox folder stay.</translation>
    </message>
    <message>
        <source>Remove all my data…</source>
        <translation>Remove all my data…</translation>
    </message>
    <message>
        <source>The new language applies after a restart.</source>
        <translation>The new language applies after a restart.</translation>
    </message>
    <message>
        <source>Start at login cannot be read: %1</source>
        <translation>Start at login cannot be read: %1</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <source>Bundled demo content</source>
        <translation>Bundled demo content</translation>
    </message>
    <message>
        <source>Set by your organization.</source>
        <translation>Set by your organization.</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signed by %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Signature expired on %1: its content can no longer be shared</source>
        <translation>Signature expired on %1: its content can no longer be shared</translation>
    </message>
    <message>
        <source>Signature valid until %1</source>
        <translation>Signature valid until %1</translation>
    </message>
    <message>
        <source>%1 item(s) left out: %2</source>
        <translation>%1 item(s) left out: %2</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Last sync failed: %1</translation>
    </message>
    <message>
        <source>Next try at %1</source>
        <translation>Next try at %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Add a content source</source>
        <translation>Add a content source</translation>
    </message>
    <message>
        <source>Address of a feed or content pack (https://…):</source>
        <translation>Address of a feed or content pack (https://…):</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Cannot remove</translation>
    </message>
    <message>
        <source>This source is bundled with the app or set by your IT department.</source>
        <translation>This source is bundled with the app or set by your IT department.</translation>
    </message>
    <message>
        <source>%1 (key %2) — set by your organization</source>
        <translation>%1 (key %2) — set by your organization</translation>
    </message>
    <message>
        <source>Trust ended on %1</source>
        <translation>Trust ended on %1</translation>
    </message>
    <message>
        <source>Trusted until %1</source>
        <translation>Trusted until %1</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (key %2)</translation>
    </message>
    <message>
        <source>Trust a signer</source>
        <translation>Trust a signer</translation>
    </message>
    <message>
        <source>Paste the signer&apos;s public key line (advocate-ed25519 …). Trust only keys you received from your communications team through a channel you trust.</source>
        <translation>Paste the signer&apos;s public key line (advocate-ed25519 …). Trust only keys you received from your communications team through a channel you trust.</translation>
    </message>
    <message>
        <source>Remove all my data</source>
        <translation>Remove all my data</translation>
    </message>
    <message>
        <source>Remove all drafts, scheduled posts, settings and stored credentials from this computer? This cannot be undone.</source>
        <translation>Remove all drafts, scheduled posts, settings and stored credentials from this computer? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>SettingsTable</name>
    <message>
        <source>Advocate Desktop</source>
        <translation>Advocate Desktop</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Advocate Desktop %1 or later</source>
        <translation>Advocate Desktop %1 or later</translation>
    </message>
    <message>
        <source>Prevent the employee from changing it</source>
        <translation>Prevent the employee from changing it</translation>
    </message>
    <message>
        <source>Lock: %1</source>
        <translation>Lock: %1</translation>
    </message>
    <message>
        <source>JSON, as in managed.json:</source>
        <translation>JSON, as in managed.json:</translation>
    </message>
    <message>
        <source>One entry per line:</source>
        <translation>One entry per line:</translation>
    </message>
    <message>
        <source>Settings of Advocate Desktop that IT presets, locks or sets for everyone.</source>
        <translation>Settings of Advocate Desktop that IT presets, locks or sets for everyone.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Interface language: the system&apos;s, English or Polish (applies after a restart).</source>
        <translation>Interface language: the system&apos;s, English or Polish (applies after a restart).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Polski</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>Publish late posts up to:</source>
        <translation>Publish late posts up to:</translation>
    </message>
    <message>
        <source>How late a post may still go out when the computer was off or asleep at its time, in minutes. Later than that, it waits for the employee&apos;s confirmation.</source>
        <translation>How late a post may still go out when the computer was off or asleep at its time, in minutes. Later than that, it waits for the employee&apos;s confirmation.</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Keep running in the tray when the window closes</translation>
    </message>
    <message>
        <source>Closing the window keeps the app in the tray so scheduled posts go out.</source>
        <translation>Closing the window keeps the app in the tray so scheduled posts go out.</translation>
    </message>
    <message>
        <source>Start in the tray when I log in</source>
        <translation>Start in the tray when I log in</translation>
    </message>
    <message>
        <source>Start the app (in the tray) at login, so scheduled posts go out. Off unless the employee turns it on; locked off, the offer and the toggle disappear. Setting it on writes no login entry: deploy your own autostart for that.</source>
        <translation>Start the app (in the tray) at login, so scheduled posts go out. Off unless the employee turns it on; locked off, the offer and the toggle disappear. Setting it on writes no login entry: deploy your own autostart for that.</translation>
    </message>
    <message>
        <source>Pause all scheduled posts</source>
        <translation>Pause all scheduled posts</translation>
    </message>
    <message>
        <source>When on, nothing is published; scheduled posts wait until it is turned off.</source>
        <translation>When on, nothing is published; scheduled posts wait until it is turned off.</translation>
    </message>
    <message>
        <source>Start at login was offered</source>
        <translation>Start at login was offered</translation>
    </message>
    <message>
        <source>Whether the app has asked once, after the first scheduled post, to start at login; true never asks.</source>
        <translation>Whether the app has asked once, after the first scheduled post, to start at login; true never asks.</translation>
    </message>
    <message>
        <source>Check for new content every:</source>
        <translation>Check for new content every:</translation>
    </message>
    <message>
        <source>How often subscribed feeds are checked for new content, in minutes.</source>
        <translation>How often subscribed feeds are checked for new content, in minutes.</translation>
    </message>
    <message>
        <source>Accept signed content only:</source>
        <translation>Accept signed content only:</translation>
    </message>
    <message>
        <source>Accept only content packs signed by a trusted key: on, off, or auto (on from the first time a trusted key is configured, and it stays on when keys are removed).</source>
        <translation>Accept only content packs signed by a trusted key: on, off, or auto (on from the first time a trusted key is configured, and it stays on when keys are removed).</translation>
    </message>
    <message>
        <source>From the first trusted signer on (recommended)</source>
        <translation>From the first trusted signer on (recommended)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Trusted signers:</source>
        <translation>Trusted signers:</translation>
    </message>
    <message>
        <source>Public keys the employee chose to trust (lines &apos;advocate-ed25519 KEY name&apos;). IT&apos;s own keys go in the top-level trusted_keys; locking this one stops the employee from adding keys.</source>
        <translation>Public keys the employee chose to trust (lines &apos;advocate-ed25519 KEY name&apos;). IT&apos;s own keys go in the top-level trusted_keys; locking this one stops the employee from adding keys.</translation>
    </message>
    <message>
        <source>Plan posts in:</source>
        <translation>Plan posts in:</translation>
    </message>
    <message>
        <source>The time zone in which the employee plans posts: &apos;system&apos; (the computer&apos;s) or an IANA name such as Europe/Warsaw. A scheduled post keeps its moment when the computer&apos;s zone changes.</source>
        <translation>The time zone in which the employee plans posts: &apos;system&apos; (the computer&apos;s) or an IANA name such as Europe/Warsaw. A scheduled post keeps its moment when the computer&apos;s zone changes.</translation>
    </message>
    <message>
        <source>Least time between two posts of an account:</source>
        <translation>Least time between two posts of an account:</translation>
    </message>
    <message>
        <source>Least time between two posts of the same account, in minutes (0: none). A pack&apos;s policy or IT may require more; the strictest value applies, and IT&apos;s value is a floor even when not locked.</source>
        <translation>Least time between two posts of the same account, in minutes (0: none). A pack&apos;s policy or IT may require more; the strictest value applies, and IT&apos;s value is a floor even when not locked.</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>No minimum</translation>
    </message>
    <message>
        <source>Most posts per network in a day:</source>
        <translation>Most posts per network in a day:</translation>
    </message>
    <message>
        <source>Most posts per network in one local day (0: no cap). A pack&apos;s policy or IT may set a lower cap; the strictest value applies.</source>
        <translation>Most posts per network in one local day (0: no cap). A pack&apos;s policy or IT may set a lower cap; the strictest value applies.</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>No cap</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Quiet hours:</translation>
    </message>
    <message>
        <source>Local hours in which no post is planned, as HH:MM-HH:MM (e.g. 22:00-07:00; empty: none). Quiet hours from a pack&apos;s policy or IT apply as well.</source>
        <translation>Local hours in which no post is planned, as HH:MM-HH:MM (e.g. 22:00-07:00; empty: none). Quiet hours from a pack&apos;s policy or IT apply as well.</translation>
    </message>
    <message>
        <source>Add my referral to job offers&apos; links</source>
        <translation>Add my referral to job offers&apos; links</translation>
    </message>
    <message>
        <source>Add the employee&apos;s referral parameter to the links of job offers. Off unless the employee turns it on.</source>
        <translation>Add the employee&apos;s referral parameter to the links of job offers. Off unless the employee turns it on.</translation>
    </message>
    <message>
        <source>Referral parameter</source>
        <translation>Referral parameter</translation>
    </message>
    <message>
        <source>The employee&apos;s personal referral parameter for careers links, as key=value (e.g. ref=jkowalska; empty: none). Added only to links to the item&apos;s own site in job offers, and only while referral_enabled is on.</source>
        <translation>The employee&apos;s personal referral parameter for careers links, as key=value (e.g. ref=jkowalska; empty: none). Added only to links to the item&apos;s own site in job offers, and only while referral_enabled is on.</translation>
    </message>
    <message>
        <source>Company feeds</source>
        <translation>Company feeds</translation>
    </message>
    <message>
        <source>Feed or content pack addresses subscribed on every start; the employee cannot remove them.</source>
        <translation>Feed or content pack addresses subscribed on every start; the employee cannot remove them.</translation>
    </message>
    <message>
        <source>Trusted signing keys</source>
        <translation>Trusted signing keys</translation>
    </message>
    <message>
        <source>Keys that may sign content packs, each {name, key, expires}: the key line comes from advocate-pack keygen; expires (a date, or a date and time with an offset) ends IT&apos;s trust in it. From the first trusted key on, only signed packs are accepted unless require_signed is off.</source>
        <translation>Keys that may sign content packs, each {name, key, expires}: the key line comes from advocate-pack keygen; expires (a date, or a date and time with an offset) ends IT&apos;s trust in it. From the first trusted key on, only signed packs are accepted unless require_signed is off.</translation>
    </message>
    <message>
        <source>Content pack folder</source>
        <translation>Content pack folder</translation>
    </message>
    <message>
        <source>A folder whose *.zip content packs are imported (and verified) at start.</source>
        <translation>A folder whose *.zip content packs are imported (and verified) at start.</translation>
    </message>
    <message>
        <source>Company policy</source>
        <translation>Company policy</translation>
    </message>
    <message>
        <source>Policy rules added to the built-in and pack policies (the policy format): they may tighten a rule, never loosen one. A disclosure rule names the employer.</source>
        <translation>Policy rules added to the built-in and pack policies (the policy format): they may tighten a rule, never loosen one. A disclosure rule names the employer.</translation>
    </message>
    <message>
        <source>Company apps for networks</source>
        <translation>Company apps for networks</translation>
    </message>
    <message>
        <source>The app your organization registered with LinkedIn, X or Threads, per network: {client_id, client_secret (optional), token_exchange_url (optional, https), redirect_url (Threads: the https page that sends the sign-in back to the app)}.</source>
        <translation>The app your organization registered with LinkedIn, X or Threads, per network: {client_id, client_secret (optional), token_exchange_url (optional, https), redirect_url (Threads: the https page that sends the sign-in back to the app)}.</translation>
    </message>
    <message>
        <source>LinkedIn API version</source>
        <translation>LinkedIn API version</translation>
    </message>
    <message>
        <source>The LinkedIn API version (YYYYMM) the app asks for; empty: the app&apos;s own.</source>
        <translation>The LinkedIn API version (YYYYMM) the app asks for; empty: the app&apos;s own.</translation>
    </message>
    <message>
        <source>Publish to X through its API</source>
        <translation>Publish to X through its API</translation>
    </message>
    <message>
        <source>Whether posts to X go through X&apos;s API with the company app (off: X is shared through its web page).</source>
        <translation>Whether posts to X go through X&apos;s API with the company app (off: X is shared through its web page).</translation>
    </message>
    <message>
        <source>Allowed networks</source>
        <translation>Allowed networks</translation>
    </message>
    <message>
        <source>The only networks employees may post to, by name (mastodon, bluesky, linkedin, x, threads, outbox, facebook, instagram); not set: all of them. The others cannot be added, are left out of Share on…, and an account already connected to one publishes nothing. An unknown name allows nothing.</source>
        <translation>The only networks employees may post to, by name (mastodon, bluesky, linkedin, x, threads, outbox, facebook, instagram); not set: all of them. The others cannot be added, are left out of Share on…, and an account already connected to one publishes nothing. An unknown name allows nothing.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>The proxy every connection of the app goes through (feeds, images, networks, sign-ins), as http://host:port or https://host:port; never for this computer (localhost). Empty: the system&apos;s proxy settings (HTTPS_PROXY, NO_PROXY).</source>
        <translation>The proxy every connection of the app goes through (feeds, images, networks, sign-ins), as http://host:port or https://host:port; never for this computer (localhost). Empty: the system&apos;s proxy settings (HTTPS_PROXY, NO_PROXY).</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy</source>
        <translation>Hosts reached without the proxy</translation>
    </message>
    <message>
        <source>Hosts the app reaches directly although a proxy is set: a host (and its subdomains), *.domain, an IP address, a network such as 10.0.0.0/8, or &lt;local&gt; for names without a dot. Loopback always is.</source>
        <translation>Hosts the app reaches directly although a proxy is set: a host (and its subdomains), *.domain, an IP address, a network such as 10.0.0.0/8, or &lt;local&gt; for names without a dot. Loopback always is.</translation>
    </message>
    <message>
        <source>Disclosure wording</source>
        <translation>Disclosure wording</translation>
    </message>
    <message>
        <source>The organization&apos;s own sentence saying that the author works there, per language (en, pl), e.g. {&quot;en&quot;: &quot;I work at Nordvik.&quot;}: the one a post in that language must carry at its start, and the one Fix inserts. It must pass as a disclosure itself (4 letters or more, at most 100 characters, no label such as #ad).</source>
        <translation>The organization&apos;s own sentence saying that the author works there, per language (en, pl), e.g. {&quot;en&quot;: &quot;I work at Nordvik.&quot;}: the one a post in that language must carry at its start, and the one Fix inserts. It must pass as a disclosure itself (4 letters or more, at most 100 characters, no label such as #ad).</translation>
    </message>
</context>
<context>
    <name>ShareFlow</name>
    <message>
        <source>Finish the share that is open first.</source>
        <translation>Finish the share that is open first.</translation>
    </message>
    <message>
        <source>Share on Mastodon</source>
        <translation>Share on Mastodon</translation>
    </message>
    <message>
        <source>Your Mastodon server&apos;s address (for example mastodon.social):</source>
        <translation>Your Mastodon server&apos;s address (for example mastodon.social):</translation>
    </message>
    <message>
        <source>Your browser could not be opened at %1</source>
        <translation>Your browser could not be opened at %1</translation>
    </message>
    <message>
        <source>Recorded: you posted it on %1.</source>
        <translation>Recorded: you posted it on %1.</translation>
    </message>
    <message>
        <source>Not recorded as posted: the post stays as it was.</source>
        <translation>Not recorded as posted: the post stays as it was.</translation>
    </message>
    <message>
        <source>%1 is not the address of a Mastodon server. Type it like mastodon.social.</source>
        <translation>%1 is not the address of a Mastodon server. Type it like mastodon.social.</translation>
    </message>
    <message>
        <source>Sharing failed: %1</source>
        <translation>Sharing failed: %1</translation>
    </message>
    <message>
        <source>Not opened: the policy blocks this post on %1 (%2). Edit it first.</source>
        <translation>Not opened: the policy blocks this post on %1 (%2). Edit it first.</translation>
    </message>
    <message>
        <source>Not opened: your organization does not allow %1.</source>
        <translation>Not opened: your organization does not allow %1.</translation>
    </message>
    <message>
        <source>Not opened: your IT department&apos;s policy could not be loaded, so nothing may be posted. Your draft is kept.</source>
        <translation>Not opened: your IT department&apos;s policy could not be loaded, so nothing may be posted. Your draft is kept.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Not opened: %1</translation>
    </message>
</context>
<context>
    <name>ShareMenu</name>
    <message>
        <source>Mastodon (%1)</source>
        <translation>Mastodon (%1)</translation>
    </message>
    <message>
        <source>Mastodon on another server…</source>
        <translation>Mastodon on another server…</translation>
    </message>
    <message>
        <source>Mastodon…</source>
        <translation>Mastodon…</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>%1 will start when you log in.</source>
        <translation>%1 will start when you log in.</translation>
    </message>
    <message>
        <source>%1 will no longer start when you log in.</source>
        <translation>%1 will no longer start when you log in.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>Start at login could not be changed: %1</translation>
    </message>
    <message>
        <source>Start at login?</source>
        <translation>Start at login?</translation>
    </message>
    <message>
        <source>Your post goes out only while %1 is running. Start it in the tray when you log in? You can change this in Settings at any time.</source>
        <translation>Your post goes out only while %1 is running. Start it in the tray when you log in? You can change this in Settings at any time.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <source>Pack studio</source>
        <extracomment>A pause in editing this long, and the pack is checked again (lint and every text). Where a page added with add_page goes when no index is given: after Items.</extracomment>
        <translation>Pack studio</translation>
    </message>
    <message>
        <source>Studio pages</source>
        <translation>Studio pages</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation>Sign and publish</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New pack…</source>
        <translation>&amp;New pack…</translation>
    </message>
    <message>
        <source>Open pack &amp;folder…</source>
        <translation>Open pack &amp;folder…</translation>
    </message>
    <message>
        <source>Open pack &amp;zip…</source>
        <translation>Open pack &amp;zip…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;as folder…</source>
        <translation>Save &amp;as folder…</translation>
    </message>
    <message>
        <source>&amp;Close studio</source>
        <translation>&amp;Close studio</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>%1 — Pack studio</source>
        <translation>%1 — Pack studio</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The pack “%1” has changes that are not saved. Save them?</source>
        <translation>The pack “%1” has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>New pack</translation>
    </message>
    <message>
        <source>Title of the new pack:</source>
        <translation>Title of the new pack:</translation>
    </message>
    <message>
        <source>Our newsroom</source>
        <translation>Our newsroom</translation>
    </message>
    <message>
        <source>Open a pack folder</source>
        <translation>Open a pack folder</translation>
    </message>
    <message>
        <source>Open a pack zip</source>
        <translation>Open a pack zip</translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation>Content packs (*.zip)</translation>
    </message>
    <message>
        <source>The pack was not opened</source>
        <translation>The pack was not opened</translation>
    </message>
    <message>
        <source>Choose a folder for the pack (an empty one for a new pack)</source>
        <translation>Choose a folder for the pack (an empty one for a new pack)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <source>Replace the pack there?</source>
        <translation>Replace the pack there?</translation>
    </message>
    <message>
        <source>%1 already holds a pack. Replace its files with this pack&apos;s?</source>
        <translation>%1 already holds a pack. Replace its files with this pack&apos;s?</translation>
    </message>
    <message>
        <source>The pack was not saved</source>
        <translation>The pack was not saved</translation>
    </message>
    <message>
        <source>%1

Your changes are still here; nothing was lost.</source>
        <translation>%1

Your changes are still here; nothing was lost.</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>This policy has no rule for confidential names yet.</source>
        <translation>This policy has no rule for confidential names yet.</translation>
    </message>
    <message>
        <source>Add a rule for confidential names…</source>
        <translation>Add a rule for confidential names…</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Rule whose terms are shown</source>
        <translation>Rule whose terms are shown</translation>
    </message>
    <message>
        <source>New term, e.g. a client&apos;s name</source>
        <translation>New term, e.g. a client&apos;s name</translation>
    </message>
    <message>
        <source>New confidential term</source>
        <translation>New confidential term</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Add term</translation>
    </message>
    <message>
        <source>Confidential terms</source>
        <translation>Confidential terms</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Remove term</translation>
    </message>
    <message>
        <source>Proper name: match only when capitalised</source>
        <translation>Proper name: match only when capitalised</translation>
    </message>
    <message>
        <source>Declines like</source>
        <translation>Declines like</translation>
    </message>
    <message>
        <source>Noun the term declines like</source>
        <translation>Noun the term declines like</translation>
    </message>
    <message>
        <source>Empty: the dictionary, or the noun with the same ending</source>
        <translation>Empty: the dictionary, or the noun with the same ending</translation>
    </message>
    <message>
        <source>Use generated forms</source>
        <translation>Use generated forms</translation>
    </message>
    <message>
        <source>Replace the listed forms with generated ones</source>
        <translation>Replace the listed forms with generated ones</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Forms of the term</source>
        <translation>Forms of the term</translation>
    </message>
    <message>
        <source>Add form</source>
        <translation>Add form</translation>
    </message>
    <message>
        <source>Remove form</source>
        <translation>Remove form</translation>
    </message>
    <message>
        <source>forms not listed</source>
        <translation>forms not listed</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n form</numerusform>
            <numerusform>%n forms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, proper name</source>
        <translation>%1, proper name</translation>
    </message>
    <message>
        <source>“%1” is already listed.</source>
        <translation>“%1” is already listed.</translation>
    </message>
    <message>
        <source>A rule for confidential names needs at least one term; remove the rule on the Rules tab instead.</source>
        <translation>A rule for confidential names needs at least one term; remove the rule on the Rules tab instead.</translation>
    </message>
    <message>
        <source>Finding the forms…</source>
        <translation>Finding the forms…</translation>
    </message>
    <message>
        <source>Could not find the forms: %1</source>
        <translation>Could not find the forms: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not listed in the policy yet: the build adds these forms. Edit any to keep your own list.</source>
        <translation>Not listed in the policy yet: the build adds these forms. Edit any to keep your own list.</translation>
    </message>
    <message>
        <source>No form for: %1. A post using them is not caught.</source>
        <translation>No form for: %1. A post using them is not caught.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>%1 %2 · %3 here</source>
        <translation>%1 %2 · %3 here</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>No posts scheduled</source>
        <translation>No posts scheduled</translation>
    </message>
    <message>
        <source>Next post: %1 — %2</source>
        <translation>Next post: %1 — %2</translation>
    </message>
    <message>
        <source>Resume publishing</source>
        <translation>Resume publishing</translation>
    </message>
    <message>
        <source>Pause publishing</source>
        <translation>Pause publishing</translation>
    </message>
    <message>
        <source>Publishing paused</source>
        <translation>Publishing paused</translation>
    </message>
</context>
</TS>
