<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Dodaj konto…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <extracomment>One colour per network for its letter badge (the networks&apos; own brand colours).</extracomment>
        <translation>Zaloguj ponownie…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Who sees this account&apos;s posts:</source>
        <translation>Kto widzi posty tego konta:</translation>
    </message>
    <message>
        <source>Everyone (public)</source>
        <translation>Wszyscy (publiczne)</translation>
    </message>
    <message>
        <source>Everyone, but kept out of public timelines (unlisted)</source>
        <translation>Wszyscy, ale poza publicznymi osiami czasu (niewidoczne)</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Tylko obserwujący</translation>
    </message>
    <message>
        <source>Who sees this account&apos;s posts</source>
        <translation>Kto widzi posty tego konta</translation>
    </message>
    <message>
        <source>Let the Mastodon server publish this account&apos;s scheduled posts</source>
        <translation>Pozwól serwerowi Mastodon publikować zaplanowane posty tego konta</translation>
    </message>
    <message>
        <source>Posts then go out even while this computer is off, but the policy check runs when a post is handed to the server, not at its time.</source>
        <translation>Posty zostaną wtedy opublikowane nawet przy wyłączonym komputerze, ale zgodność z zasadami jest sprawdzana w chwili przekazania postu serwerowi, a nie o wyznaczonej porze.</translation>
    </message>
    <message>
        <source>The sign-in of %1 (%2) has expired: its posts wait until you sign in again.</source>
        <translation>Logowanie konta %1 (%2) wygasło: jego posty czekają, aż zalogujesz się ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in of %1 (%2) expires in %n day(s). Sign in again so its posts keep going out.</source>
        <translation>
            <numerusform>Logowanie konta %1 (%2) wygasa za %n dzień. Zaloguj się ponownie, aby jego posty nadal wychodziły.</numerusform>
            <numerusform>Logowanie konta %1 (%2) wygasa za %n dni. Zaloguj się ponownie, aby jego posty nadal wychodziły.</numerusform>
            <numerusform>Logowanie konta %1 (%2) wygasa za %n dni. Zaloguj się ponownie, aby jego posty nadal wychodziły.</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts cannot be read: %1</source>
        <translation>Nie można odczytać kont: %1</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Usuwanie…</translation>
    </message>
    <message>
        <source>Not allowed by your organization: nothing is published with it</source>
        <translation>Niedozwolone przez Twoją organizację: nic nie jest z niego publikowane</translation>
    </message>
    <message>
        <source>Needs sign-in: its posts wait until you sign in again</source>
        <translation>Wymaga zalogowania: posty czekają, aż zalogujesz się ponownie</translation>
    </message>
    <message numerus="yes">
        <source>Sign in again: the sign-in expires in %n day(s)</source>
        <translation>
            <numerusform>Zaloguj się ponownie: logowanie wygasa za %n dzień</numerusform>
            <numerusform>Zaloguj się ponownie: logowanie wygasa za %n dni</numerusform>
            <numerusform>Zaloguj się ponownie: logowanie wygasa za %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected; the sign-in expires in %n day(s)</source>
        <translation>
            <numerusform>Połączone; logowanie wygasa za %n dzień</numerusform>
            <numerusform>Połączone; logowanie wygasa za %n dni</numerusform>
            <numerusform>Połączone; logowanie wygasa za %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>State unknown: %1</source>
        <translation>Stan nieznany: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączone</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Nie udało się zapisać wyboru: %1</translation>
    </message>
    <message>
        <source>The server&apos;s scheduling could not be changed: %1</source>
        <translation>Nie udało się zmienić planowania na serwerze: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <source>Remove %1 from this computer? Its sign-in is ended on the network where possible, and its scheduled posts will not be published.</source>
        <translation>Usunąć %1 z tego komputera? Logowanie zostanie zakończone w serwisie, jeśli to możliwe, a zaplanowane posty tego konta nie zostaną opublikowane.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Usunięto %1.</translation>
    </message>
    <message>
        <source>The sign-in could not be ended on the network (it did not answer), so it may still be valid there: end it in the network&apos;s settings, under authorized apps or app passwords.</source>
        <translation>Nie udało się zakończyć logowania w serwisie (nie odpowiedział), więc może ono nadal tam działać: zakończ je w ustawieniach serwisu, w sekcji autoryzowanych aplikacji lub haseł aplikacji.</translation>
    </message>
    <message>
        <source>Its sign-in could not be deleted from the keyring: %1</source>
        <translation>Nie udało się usunąć danych logowania z pęku kluczy: %1</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>Konto nie zostało usunięte: %1</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Outbox folder</source>
        <translation>Folder skrzynki nadawczej</translation>
    </message>
    <message>
        <source>Your organization has not set up %1 for this app; you can still share through %1&apos;s share page.</source>
        <translation>Twoja organizacja nie skonfigurowała serwisu %1 dla tej aplikacji; nadal możesz udostępniać posty przez stronę udostępniania serwisu %1.</translation>
    </message>
    <message>
        <source>Your organization does not allow %1.</source>
        <translation>Twoja organizacja nie zezwala na serwis %1.</translation>
    </message>
    <message>
        <source>This is not a server address. Type your Mastodon server&apos;s address, for example mastodon.social.</source>
        <translation>To nie jest adres serwera. Wpisz adres swojego serwera Mastodona, na przykład mastodon.social.</translation>
    </message>
    <message>
        <source>This address does not answer as a Mastodon server. Check the address of your server: it is in your profile, after the second @.</source>
        <translation>Pod tym adresem nie odpowiada serwer Mastodona. Sprawdź adres swojego serwera: znajdziesz go w profilu, po drugim @.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Serwer nie odpowiedział na czas. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>The server cannot be reached or is not working right now. Check the address and your internet connection, or try again later.</source>
        <translation>Nie można połączyć się z serwerem albo serwer teraz nie działa. Sprawdź adres i połączenie z internetem lub spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z serwerem.</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be read. Try again later.</source>
        <translation>Serwer przysłał odpowiedź, której nie da się odczytać. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>The server asks to wait. Try again in a few minutes.</source>
        <translation>Serwer prosi o chwilę przerwy. Spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <source>No approval came from the browser in time. Try again, and approve Advocate Desktop in the browser window that opens.</source>
        <translation>Przeglądarka nie przekazała zgody na czas. Spróbuj ponownie i zatwierdź Advocate Desktop w oknie przeglądarki, które się otworzy.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser.</source>
        <translation>Logowanie zostało odrzucone w przeglądarce.</translation>
    </message>
    <message>
        <source>The browser came back with an answer to another sign-in. Please try again.</source>
        <translation>Przeglądarka wróciła z odpowiedzią na inne logowanie. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The browser came back without an approval. Please try again.</source>
        <translation>Przeglądarka wróciła bez zgody. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Your browser could not be opened.</source>
        <translation>Nie udało się otworzyć przeglądarki.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Serwer odrzucił logowanie: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Serwer odmówił: %1</translation>
    </message>
    <message>
        <source>No account has this handle. Check the spelling, for example alice.bsky.social.</source>
        <translation>Żadne konto nie ma takiego identyfikatora. Sprawdź pisownię, na przykład alice.bsky.social.</translation>
    </message>
    <message>
        <source>The handle or the app password is wrong.</source>
        <translation>Identyfikator lub hasło aplikacji jest nieprawidłowe.</translation>
    </message>
    <message>
        <source>This is your account&apos;s main password. For your safety Advocate Desktop only accepts an app password: create one and paste it here.</source>
        <translation>To jest główne hasło Twojego konta. Dla Twojego bezpieczeństwa Advocate Desktop przyjmuje tylko hasło aplikacji: utwórz je i wklej tutaj.</translation>
    </message>
    <message>
        <source>The server has suspended this account.</source>
        <translation>Serwer zawiesił to konto.</translation>
    </message>
    <message>
        <source>This server does not answer as a Bluesky server.</source>
        <translation>Ten serwer nie odpowiada jak serwer Bluesky.</translation>
    </message>
    <message>
        <source>This account is connected already, as %1.</source>
        <translation>To konto jest już połączone jako %1.</translation>
    </message>
    <message>
        <source>You signed in as %1, which is another account. Sign in with the account you are signing in again.</source>
        <translation>Zalogowano jako %1, czyli na inne konto. Zaloguj się na to konto, do którego logujesz się ponownie.</translation>
    </message>
    <message>
        <source>The account was removed meanwhile.</source>
        <translation>W międzyczasie konto zostało usunięte.</translation>
    </message>
    <message>
        <source>The system keyring did not store the sign-in: %1</source>
        <translation>Systemowy pęk kluczy nie zapisał danych logowania: %1</translation>
    </message>
    <message>
        <source>The account&apos;s stored settings cannot be read: %1</source>
        <translation>Nie można odczytać zapisanych ustawień konta: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>The account could not be connected: %1</source>
        <translation>Nie udało się połączyć konta: %1</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Zaloguj ponownie</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Which network is the account on?</source>
        <translation>W jakim serwisie jest to konto?</translation>
    </message>
    <message>
        <source>Your browser opens at your server, where you approve the app.</source>
        <translation>Przeglądarka otworzy się na Twoim serwerze, gdzie zatwierdzisz aplikację.</translation>
    </message>
    <message>
        <source>Sign in with your handle and an app password.</source>
        <translation>Zaloguj się identyfikatorem i hasłem aplikacji.</translation>
    </message>
    <message>
        <source>Posts are written as files into a folder: to try the app, or to hand posts to another tool.</source>
        <translation>Posty są zapisywane jako pliki w folderze: aby wypróbować aplikację albo przekazać posty innemu narzędziu.</translation>
    </message>
    <message>
        <source>Your browser opens at %1, where you approve the app your organization set up.</source>
        <translation>Przeglądarka otworzy się w serwisie %1, gdzie zatwierdzisz aplikację skonfigurowaną przez Twoją organizację.</translation>
    </message>
    <message>
        <source>Your organization allows no network, so no account can be added.</source>
        <translation>Twoja organizacja nie zezwala na żaden serwis, więc nie można dodać konta.</translation>
    </message>
    <message>
        <source>Type the address of your Mastodon server. When you press Connect, your browser opens at your server: sign in there if it asks, and approve Advocate Desktop. Your password stays between you and your server.</source>
        <translation>Wpisz adres swojego serwera Mastodona. Gdy naciśniesz Połącz, przeglądarka otworzy się na Twoim serwerze: zaloguj się tam, jeśli poprosi, i zatwierdź Advocate Desktop. Twoje hasło zostaje między Tobą a Twoim serwerem.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <source>An app password lets Advocate Desktop post for you without knowing your real password, and you can revoke it at any time. Create one in Bluesky under Settings → Privacy and security → App passwords, then paste it here.</source>
        <translation>Hasło aplikacji pozwala Advocate Desktop publikować w Twoim imieniu bez znajomości Twojego prawdziwego hasła, a w każdej chwili możesz je unieważnić. Utwórz je w Bluesky w Ustawienia → Prywatność i bezpieczeństwo → Hasła aplikacji, a potem wklej tutaj.</translation>
    </message>
    <message>
        <source>Create an app password</source>
        <translation>Utwórz hasło aplikacji</translation>
    </message>
    <message>
        <source>Handle or e-mail</source>
        <translation>Identyfikator lub e-mail</translation>
    </message>
    <message>
        <source>Handle or e-mail:</source>
        <translation>Identyfikator lub e-mail:</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Hasło aplikacji</translation>
    </message>
    <message>
        <source>App password:</source>
        <translation>Hasło aplikacji:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Leave empty unless your account is hosted on another server.</source>
        <translation>Zostaw puste, chyba że Twoje konto jest na innym serwerze.</translation>
    </message>
    <message>
        <source>Server (optional):</source>
        <translation>Serwer (opcjonalnie):</translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser</source>
        <translation>Zaloguj się do serwisu %1 w przeglądarce</translation>
    </message>
    <message>
        <source>Sign in again as %1. When you press Sign in, your browser opens at %2: sign in there if it asks, and allow the app your organization set up.</source>
        <translation>Zaloguj się ponownie jako %1. Gdy naciśniesz Zaloguj, przeglądarka otworzy się w serwisie %2: zaloguj się tam, jeśli poprosi, i zezwól aplikacji skonfigurowanej przez Twoją organizację.</translation>
    </message>
    <message>
        <source>When you press Connect, your browser opens at %2: sign in there if it asks, and allow the app your organization set up. Your password stays between you and %2; Advocate Desktop keeps only a sign-in it can post with, in this computer&apos;s keyring.</source>
        <translation>Gdy naciśniesz Połącz, przeglądarka otworzy się w serwisie %2: zaloguj się tam, jeśli poprosi, i zezwól aplikacji skonfigurowanej przez Twoją organizację. Twoje hasło zostaje między Tobą a serwisem %2; Advocate Desktop przechowuje tylko uprawnienie do publikowania, w pęku kluczy tego komputera.</translation>
    </message>
    <message>
        <source>%1 — not available</source>
        <translation>%1 — niedostępny</translation>
    </message>
    <message>
        <source>An Outbox account publishes each post as a JSON file into a folder. Use it to try the app, or to hand posts to another tool.</source>
        <translation>Konto Skrzynki nadawczej publikuje każdy post jako plik JSON w folderze. Użyj go, aby wypróbować aplikację albo przekazać posty innemu narzędziu.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Write posts as for:</source>
        <translation>Pisz posty jak dla:</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this address into your browser:</source>
        <translation>Jeśli okno przeglądarki się nie otworzyło, skopiuj ten adres do przeglądarki:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adres logowania</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
    <message>
        <source>Sign in again as %1. When you press Sign in, your browser opens at your server: sign in there if it asks, and approve Advocate Desktop.</source>
        <translation>Zaloguj się ponownie jako %1. Gdy naciśniesz Zaloguj się, przeglądarka otworzy się na Twoim serwerze: zaloguj się tam, jeśli poprosi, i zatwierdź Advocate Desktop.</translation>
    </message>
    <message>
        <source>Your browser opened at %1. Sign in there and allow the app, then come back here. This window waits for the approval.</source>
        <translation>Przeglądarka otworzyła się w serwisie %1. Zaloguj się tam i zezwól aplikacji, a potem wróć tutaj. To okno czeka na zgodę.</translation>
    </message>
    <message>
        <source>Your browser opened at your server. Approve Advocate Desktop there, then come back here. This window waits for the approval.</source>
        <translation>Przeglądarka otworzyła się na Twoim serwerze. Zatwierdź tam Advocate Desktop i wróć tutaj. To okno czeka na zgodę.</translation>
    </message>
    <message>
        <source>You are signed in. You can close this tab and return to Advocate Desktop.</source>
        <translation>Zalogowano. Możesz zamknąć tę kartę i wrócić do Advocate Desktop.</translation>
    </message>
    <message>
        <source>The sign-in did not complete. Return to Advocate Desktop and try again.</source>
        <translation>Logowanie nie zostało dokończone. Wróć do Advocate Desktop i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Checking the server and opening your browser…</source>
        <translation>Sprawdzanie serwera i otwieranie przeglądarki…</translation>
    </message>
    <message>
        <source>Opening %1 in your browser…</source>
        <translation>Otwieranie serwisu %1 w przeglądarce…</translation>
    </message>
    <message>
        <source>Type your handle, for example alice.bsky.social, or your e-mail address.</source>
        <translation>Wpisz swój identyfikator, na przykład alice.bsky.social, albo adres e-mail.</translation>
    </message>
    <message>
        <source>Paste the app password you created for Advocate Desktop.</source>
        <translation>Wklej hasło aplikacji utworzone dla Advocate Desktop.</translation>
    </message>
    <message>
        <source>Signing in to Bluesky…</source>
        <translation>Logowanie do Bluesky…</translation>
    </message>
    <message>
        <source>Give the account a name and a folder.</source>
        <translation>Podaj nazwę konta i folder.</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Dodawanie konta…</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Folder skrzynki nadawczej</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Outbox (demo)</source>
        <translation>Skrzynka nadawcza (demo)</translation>
    </message>
    <message>
        <source>Nothing was changed. The problem is in the configuration your IT department manages: contact them.</source>
        <translation>Nic nie zostało zmienione. Problem dotyczy konfiguracji zarządzanej przez dział IT: skontaktuj się z nim.</translation>
    </message>
    <message>
        <source>Advocate Desktop keeps its data in %1. Make sure that folder exists, that you can write to it and that the disk is not full, then start the app again. Nothing was changed.</source>
        <translation>Advocate Desktop przechowuje dane w folderze %1. Sprawdź, czy ten folder istnieje, czy możesz w nim zapisywać i czy dysk nie jest pełny, a potem uruchom aplikację ponownie. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Advocate Desktop cannot start:

%1

%2</source>
        <translation>Nie można uruchomić Advocate Desktop:

%1

%2</translation>
    </message>
    <message>
        <source>Advocate Desktop is already running for this user but does not answer. Close it (or wait until it has finished starting) and try again.</source>
        <translation>Advocate Desktop jest już uruchomiony dla tego użytkownika, ale nie odpowiada. Zamknij go (albo poczekaj, aż skończy się uruchamiać) i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>AskPostedDialog</name>
    <message>
        <source>Share on %1</source>
        <translation>Udostępnij w serwisie %1</translation>
    </message>
    <message>
        <source>The share page of %1 is open in your browser.</source>
        <translation>Strona udostępniania serwisu %1 jest otwarta w przeglądarce.</translation>
    </message>
    <message>
        <source>Instagram is open in your browser.</source>
        <translation>Instagram jest otwarty w przeglądarce.</translation>
    </message>
    <message>
        <source>Did you post it? The app cannot see what you do there: your answer is what it records.</source>
        <translation>Czy post został opublikowany? Aplikacja nie widzi, co robisz w przeglądarce: zapisze Twoją odpowiedź.</translation>
    </message>
    <message>
        <source>Copy the text again</source>
        <translation>Skopiuj tekst ponownie</translation>
    </message>
    <message>
        <source>Yes, I posted it</source>
        <translation>Tak, jest opublikowany</translation>
    </message>
    <message>
        <source>No, not posted</source>
        <translation>Nie, nie jest opublikowany</translation>
    </message>
    <message>
        <source>Your text is filled in there: check it, then post it.</source>
        <translation>Twój tekst jest już tam wpisany: sprawdź go i opublikuj.</translation>
    </message>
    <message>
        <source>%1 takes only the link from the app. Your text is on the clipboard: paste it into the post (%2).</source>
        <translation>Serwis %1 przyjmuje z aplikacji tylko link. Twój tekst jest w schowku: wklej go do posta (%2).</translation>
    </message>
    <message>
        <source>Your text is longer than %1 takes (%2 of %3), so it is on the clipboard instead: paste it there (%4) and shorten it.</source>
        <translation>Twój tekst jest dłuższy, niż przyjmuje serwis %1 (%2 z %3), dlatego trafił do schowka: wklej go tam (%4) i skróć.</translation>
    </message>
    <message>
        <source>Your text is too long to fill in from here, so it is on the clipboard: paste it into the post (%1).</source>
        <translation>Twój tekst jest za długi, by wpisać go stąd, dlatego trafił do schowka: wklej go do posta (%1).</translation>
    </message>
    <message>
        <source>Instagram has no share page. Make a post with an image there and paste your text from the clipboard as its caption (%1).</source>
        <translation>Instagram nie ma strony udostępniania. Utwórz tam post ze zdjęciem i wklej tekst ze schowka jako jego opis (%1).</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Welcome to Advocate Desktop</source>
        <translation>Witaj w Advocate Desktop</translation>
    </message>
    <message>
        <source>Share your company&apos;s news, in your own words, if you want to.</source>
        <translation>Dziel się wiadomościami swojej firmy, własnymi słowami – jeśli chcesz.</translation>
    </message>
    <message>
        <source>Shows the posts your communications team approved.</source>
        <translation>Pokazuje posty zatwierdzone przez zespół komunikacji.</translation>
    </message>
    <message>
        <source>Lets you rewrite them and checks them against the company&apos;s social-media policy, here on this computer.</source>
        <translation>Pozwala napisać je po swojemu i sprawdza je z polityką firmy dotyczącą mediów społecznościowych – tu, na tym komputerze.</translation>
    </message>
    <message>
        <source>Publishes a post only when you schedule it, to the accounts you add.</source>
        <translation>Publikuje post tylko wtedy, gdy go zaplanujesz, na kontach, które dodasz samodzielnie.</translation>
    </message>
    <message>
        <source>Never posts anything you did not schedule.</source>
        <translation>Nigdy nie publikuje niczego, czego nie zaplanujesz.</translation>
    </message>
    <message>
        <source>Never reports to your employer what you share or write. There is no telemetry.</source>
        <translation>Nigdy nie raportuje pracodawcy, co udostępniasz ani co piszesz. Nie ma telemetrii.</translation>
    </message>
    <message>
        <source>Never sends your passwords or tokens anywhere: they stay in this computer&apos;s keyring.</source>
        <translation>Nigdy nigdzie nie wysyła Twoich haseł ani tokenów: zostają w pęku kluczy tego komputera.</translation>
    </message>
    <message>
        <source>Never hides that you work for the company: a post made from its content, or naming it or its products, goes out only when it says at the start that you work there.</source>
        <translation>Nigdy nie ukrywa, że pracujesz w firmie: post przygotowany z jej materiałów albo wymieniający ją lub jej produkty zostanie opublikowany tylko wtedy, gdy na początku mówi, że tam pracujesz.</translation>
    </message>
    <message>
        <source>What this app does</source>
        <translation>Co robi ta aplikacja</translation>
    </message>
    <message>
        <source>What it never does</source>
        <translation>Czego nigdy nie robi</translation>
    </message>
    <message>
        <source>You can stop at any time: pause all scheduled posts, or remove all your data and credentials, from Settings. If you decline now, the app closes and keeps nothing.</source>
        <translation>Możesz przestać w każdej chwili: wstrzymać wszystkie zaplanowane posty albo usunąć wszystkie swoje dane i dane logowania w Ustawieniach. Jeśli teraz odmówisz, aplikacja się zamknie i niczego nie zachowa.</translation>
    </message>
    <message>
        <source>I agree, start</source>
        <translation>Zgadzam się, zaczynamy</translation>
    </message>
    <message>
        <source>No thanks, quit</source>
        <translation>Nie, dziękuję – zamknij</translation>
    </message>
</context>
<context>
    <name>Damaged</name>
    <message>
        <source>Your Advocate Desktop data file is damaged, so the app cannot read your drafts, queue and accounts:

%1
(%2)

Scheduled posts are not published while it is damaged.</source>
        <translation>Plik danych Advocate Desktop jest uszkodzony, więc aplikacja nie może odczytać Twoich szkiców, kolejki ani kont:

%1
(%2)

Dopóki plik jest uszkodzony, zaplanowane posty nie są publikowane.</translation>
    </message>
    <message>
        <source>You can keep the damaged file aside (nothing is deleted; IT support may be able to recover it) and start again with empty data, or quit and restore the file from a backup first.</source>
        <translation>Możesz odłożyć uszkodzony plik na bok (nic nie zostanie usunięte; dział IT może zdołać go odzyskać) i zacząć od nowa z pustymi danymi albo zakończyć i najpierw przywrócić plik z kopii zapasowej.</translation>
    </message>
    <message>
        <source>Keep it aside and start again</source>
        <translation>Odłóż go na bok i zacznij od nowa</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>The damaged file was kept as:
%1

Advocate Desktop starts with empty data. Your posts that were already published are still on your accounts.</source>
        <translation>Uszkodzony plik zachowano jako:
%1

Advocate Desktop zaczyna z pustymi danymi. Posty, które już opublikowano, nadal są na Twoich kontach.</translation>
    </message>
    <message>
        <source>Your Advocate Desktop data file is damaged, so the app cannot read your drafts, queue and accounts:

%1
(%2)

No scheduled post was published.</source>
        <translation>Plik danych Advocate Desktop jest uszkodzony, więc aplikacja nie może odczytać Twoich szkiców, kolejki ani kont:

%1
(%2)

Żaden zaplanowany post nie został opublikowany.</translation>
    </message>
    <message>
        <source>Advocate Desktop quits now. Start it again to keep the damaged file aside (nothing is deleted; IT support may be able to recover it) and start with empty data, or restore the file from a backup first.</source>
        <translation>Advocate Desktop zostanie teraz zamknięty. Uruchom go ponownie, aby odłożyć uszkodzony plik na bok (nic nie zostanie usunięte; dział IT może zdołać go odzyskać) i zacząć z pustymi danymi, albo najpierw przywróć plik z kopii zapasowej.</translation>
    </message>
</context>
<context>
    <name>DataFlowsDialog</name>
    <message>
        <source>What my company can see</source>
        <translation>Co widzi moja firma</translation>
    </message>
    <message>
        <source>Everything this app sends, and to whom, as it is set up now. Your drafts and the policy check stay on this computer; posts go only to the accounts you connected, when you publish them.</source>
        <translation>Wszystko, co wysyła ta aplikacja, i do kogo — przy obecnych ustawieniach. Szkice i sprawdzanie zgodności z polityką zostają na tym komputerze; posty trafiają tylko na połączone konta i dopiero wtedy, gdy je opublikujesz.</translation>
    </message>
    <message>
        <source>What leaves this computer</source>
        <translation>Co opuszcza ten komputer</translation>
    </message>
    <message>
        <source>Your employer</source>
        <translation>Twój pracodawca</translation>
    </message>
    <message>
        <source>Nothing is sent to your employer: the app never reports what you write, share or schedule, and has no telemetry and no update check. Like anyone, your employer can see the posts you make public.</source>
        <translation>Do pracodawcy nic nie jest wysyłane: aplikacja nigdy nie informuje, co piszesz, udostępniasz ani planujesz, nie zbiera telemetrii i nie sprawdza aktualizacji. Posty publiczne pracodawca widzi tak jak każdy.</translation>
    </message>
    <message>
        <source>The servers your content comes from (listed below) see when this computer asks them for news, from which network address, and the app&apos;s version.</source>
        <translation>Serwery, z których pochodzą treści (wymienione niżej), widzą, kiedy ten komputer pyta o nowości, z jakiego adresu sieciowego i w jakiej wersji aplikacji.</translation>
    </message>
    <message>
        <source>Your organization&apos;s proxy (%1) relays this app&apos;s connections: it sees which servers the app contacts and when, and, where your organization inspects encrypted traffic, what is sent.</source>
        <translation>Serwer pośredniczący (proxy) Twojej organizacji (%1) przekazuje połączenia tej aplikacji: widzi, z którymi serwerami i kiedy aplikacja się łączy, a jeśli Twoja organizacja sprawdza ruch szyfrowany, również to, co jest wysyłane.</translation>
    </message>
    <message>
        <source>Links to the company&apos;s site in the suggested texts carry the campaign&apos;s parameters (utm_…): the site can tell a visit came from an employee&apos;s post, not from whom.</source>
        <translation>Linki do strony firmy w proponowanych tekstach mają parametry kampanii (utm_…): strona rozpozna, że wejście pochodzi z posta kogoś z firmy, ale nie — od kogo.</translation>
    </message>
    <message>
        <source>Your referral parameter (%1) is on: links of job offers carry it, so the careers site can tell which visitors came from your posts.</source>
        <translation>Twój parametr polecający (%1) jest włączony: linki w ofertach pracy go zawierają, więc strona kariery rozpozna, które wejścia pochodzą z Twoich postów.</translation>
    </message>
    <message>
        <source>Your posts and accounts</source>
        <translation>Twoje posty i konta</translation>
    </message>
    <message>
        <source>No account is connected: nothing is published.</source>
        <translation>Nie połączono żadnego konta: nic nie jest publikowane.</translation>
    </message>
    <message>
        <source>Receives the posts you publish with this account (text, images and their descriptions, link) and your sign-in.</source>
        <translation>Otrzymuje posty publikowane z tego konta (tekst, obrazy z opisami, link) i dane logowania.</translation>
    </message>
    <message>
        <source>Is asked once a day how long posts may be there.</source>
        <translation>Raz dziennie jest pytany o dopuszczalną długość postów.</translation>
    </message>
    <message>
        <source>Holds your scheduled posts before their time, to publish them.</source>
        <translation>Przechowuje zaplanowane posty przed ich terminem, aby je opublikować.</translation>
    </message>
    <message>
        <source>%1 (Outbox): files in %2 on this computer; nothing is sent.</source>
        <translation>%1 (Outbox): pliki w folderze %2 na tym komputerze; nic nie jest wysyłane.</translation>
    </message>
    <message>
        <source>%1 on %2 → %3</source>
        <translation>%1 w serwisie %2 → %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 w serwisie %2</translation>
    </message>
    <message>
        <source>Content you receive</source>
        <translation>Treści, które otrzymujesz</translation>
    </message>
    <message>
        <source>No feed is subscribed: nothing is downloaded.</source>
        <translation>Nie subskrybujesz żadnego kanału: nic nie jest pobierane.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(set by your IT department)</source>
        <translation>(ustawione przez Twój dział IT)</translation>
    </message>
    <message numerus="yes">
        <source>Asked for news every %n minute(s).</source>
        <translation>
            <numerusform>Aplikacja pyta o nowości co %n minutę.</numerusform>
            <numerusform>Aplikacja pyta o nowości co %n minuty.</numerusform>
            <numerusform>Aplikacja pyta o nowości co %n minut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content packs are read from the folder your IT department chose: %1</source>
        <translation>Pakiety treści są wczytywane z folderu wskazanego przez Twój dział IT: %1</translation>
    </message>
    <message>
        <source>Images of the feeds are downloaded from: %1</source>
        <translation>Obrazy z kanałów są pobierane z: %1</translation>
    </message>
    <message>
        <source>Stays on this computer</source>
        <translation>Zostaje na tym komputerze</translation>
    </message>
    <message>
        <source>Your drafts, the policy check and your settings.</source>
        <translation>Twoje szkice, sprawdzanie zgodności z polityką i ustawienia.</translation>
    </message>
    <message numerus="yes">
        <source>Sign-ins (tokens, app passwords) of %n account(s), in the system keyring; only each account&apos;s own server sees its sign-in.</source>
        <translation>
            <numerusform>Dane logowania (tokeny, hasła aplikacji) %n konta są w systemowym pęku kluczy; widzi je tylko serwer tego konta.</numerusform>
            <numerusform>Dane logowania (tokeny, hasła aplikacji) %n kont są w systemowym pęku kluczy; dane logowania konta widzi tylko jego serwer.</numerusform>
            <numerusform>Dane logowania (tokeny, hasła aplikacji) %n kont są w systemowym pęku kluczy; dane logowania konta widzi tylko jego serwer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sign-in is stored.</source>
        <translation>Nie są przechowywane żadne dane logowania.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Pick an item from the list to write your post.</source>
        <translation>Wybierz materiał z listy, aby napisać post.</translation>
    </message>
    <message>
        <source>Where this content comes from</source>
        <translation>Skąd pochodzi ten materiał</translation>
    </message>
    <message>
        <source>Your post, in your own words.</source>
        <translation>Twój post, Twoimi słowami.</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Treść posta</translation>
    </message>
    <message>
        <source>The post&apos;s length on the chosen network</source>
        <translation>Długość posta w wybranej sieci</translation>
    </message>
    <message>
        <source>Whether your draft is saved</source>
        <translation>Czy szkic jest zapisany</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>Opublikuj o</translation>
    </message>
    <message>
        <source>Publish at:</source>
        <translation>Opublikuj o:</translation>
    </message>
    <message>
        <source>I have read the warnings and want to publish anyway</source>
        <translation>Rozumiem ostrzeżenia i mimo to chcę opublikować</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Opublikuj teraz</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zaplanuj</translation>
    </message>
    <message>
        <source>Share on…</source>
        <translation>Udostępnij w…</translation>
    </message>
    <message>
        <source>Your own post</source>
        <translation>Twój własny post</translation>
    </message>
    <message>
        <source>Not saved yet: a draft is kept once you change something.</source>
        <translation>Jeszcze niezapisany: szkic powstanie, gdy coś zmienisz.</translation>
    </message>
    <message>
        <source>Scheduled for %1. It stays scheduled unless you change it; a change is published only once you schedule it again.</source>
        <translation>Zaplanowany na %1. Pozostaje zaplanowany, dopóki czegoś nie zmienisz; zmieniony post zostanie opublikowany dopiero po ponownym zaplanowaniu.</translation>
    </message>
    <message>
        <source>A change makes this post a draft until you schedule it again.</source>
        <translation>Po zmianie ten post stanie się szkicem, dopóki nie zaplanujesz go ponownie.</translation>
    </message>
    <message>
        <source>Draft saved. Not published until you schedule it again (it was planned for %1).</source>
        <translation>Szkic zapisany. Nie zostanie opublikowany, dopóki nie zaplanujesz go ponownie (był zaplanowany na %1).</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Szkic zapisany</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>podpisane przez: %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>bez podpisu</translation>
    </message>
    <message>
        <source>From %1 · %2</source>
        <translation>Źródło: %1 · %2</translation>
    </message>
    <message>
        <source>may be shared until %1</source>
        <translation>można udostępniać do %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>This post changed in the Queue while you edited it (it went out, or was deleted). Your text is kept as a new draft.</source>
        <translation>Ten post zmienił się w kolejce podczas edycji (został opublikowany albo usunięty). Twój tekst zachowano jako nowy szkic.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Add images to the post</source>
        <translation>Dodaj zdjęcia do posta</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Obrazy (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>Image limit per post on %1: %2. Files not added: %3.</source>
        <translation>Limit zdjęć w jednym poście w sieci %1: %2. Nie dodano plików: %3.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>Nie udało się odczytać pliku %1 (%2).</translation>
    </message>
    <message>
        <source>%1 could not be copied into the app&apos;s folder (%2).</source>
        <translation>Nie udało się skopiować pliku %1 do folderu aplikacji (%2).</translation>
    </message>
    <message>
        <source>%1 is larger than %3 MB, the most a post&apos;s image may be.</source>
        <translation>Plik %1 jest większy niż %3 MB, a tyle wynosi limit dla zdjęcia w poście.</translation>
    </message>
    <message>
        <source>%1 is not an image, or it is damaged.</source>
        <translation>Plik %1 nie jest obrazem albo jest uszkodzony.</translation>
    </message>
    <message>
        <source>%1 is a %2 image; posts take JPEG, PNG, GIF or WebP images.</source>
        <translation>Plik %1 jest obrazem w formacie %2; posty przyjmują obrazy JPEG, PNG, GIF i WebP.</translation>
    </message>
    <message>
        <source>%1 has too many pixels (%2); save it smaller, under %4 megapixels.</source>
        <translation>Obraz %1 ma zbyt wiele pikseli (%2); zapisz go w mniejszym rozmiarze, poniżej %4 megapikseli.</translation>
    </message>
    <message>
        <source>%1 cannot go on a post.</source>
        <translation>Pliku %1 nie można dodać do posta.</translation>
    </message>
    <message>
        <source>Publishing is blocked: your IT department&apos;s policy could not be loaded. Ask IT to fix it; your draft is kept.</source>
        <translation>Publikowanie jest zablokowane: nie udało się wczytać zasad Twojego działu IT. Poproś dział IT o poprawkę; Twój szkic zostaje zachowany.</translation>
    </message>
    <message>
        <source>Add an account in Settings to publish.</source>
        <translation>Dodaj konto w Ustawieniach, aby publikować.</translation>
    </message>
    <message>
        <source>Checking the post…</source>
        <translation>Sprawdzanie posta…</translation>
    </message>
    <message>
        <source>The post is empty.</source>
        <translation>Post jest pusty.</translation>
    </message>
    <message>
        <source>This content has expired and can no longer be shared.</source>
        <translation>Ten materiał wygasł i nie można go już udostępniać.</translation>
    </message>
    <message>
        <source>Publishing is blocked until you fix: %1</source>
        <translation>Publikacja jest zablokowana, dopóki nie poprawisz: %1</translation>
    </message>
    <message>
        <source>Tick the box to confirm you have read the warnings.</source>
        <translation>Zaznacz pole, aby potwierdzić, że rozumiesz ostrzeżenia.</translation>
    </message>
    <message>
        <source>Image limit per post on %1: %2; this post has %3. Remove some to publish.</source>
        <translation>Limit zdjęć w jednym poście w sieci %1: %2, a ten post ma ich %3. Usuń nadmiarowe, aby opublikować.</translation>
    </message>
    <message>
        <source>Image %1 has no alt text. Describe it for people who cannot see it.</source>
        <translation>Zdjęcie %1 nie ma tekstu alternatywnego. Opisz je dla osób, które go nie widzą.</translation>
    </message>
    <message>
        <source>Pick a time in the future, or use Publish now.</source>
        <translation>Wybierz czas w przyszłości albo użyj „Opublikuj teraz”.</translation>
    </message>
    <message>
        <source>Pick a time before the content expires (%1).</source>
        <translation>Wybierz czas przed wygaśnięciem materiału (%1).</translation>
    </message>
    <message>
        <source>Scheduled. The sign-in of this account expires before the post&apos;s time: sign in again before then.</source>
        <translation>Zaplanowano. Logowanie na tym koncie wygaśnie przed porą publikacji: zaloguj się ponownie przed tym terminem.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Coś poszło nie tak: %1</translation>
    </message>
</context>
<context>
    <name>FeedDelegate</name>
    <message>
        <source>EXPIRED</source>
        <translation>WYGASŁO</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOWE</translation>
    </message>
</context>
<context>
    <name>FeedPanel</name>
    <message>
        <source>Search the approved content…</source>
        <translation>Szukaj w zatwierdzonych materiałach…</translation>
    </message>
    <message>
        <source>Search the approved content</source>
        <translation>Szukaj w zatwierdzonych materiałach</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>Approved content</source>
        <translation>Zatwierdzone materiały</translation>
    </message>
    <message>
        <source>No content yet. Import a content pack from the File menu.</source>
        <translation>Nie ma jeszcze materiałów. Zaimportuj pakiet treści z menu Plik.</translation>
    </message>
    <message>
        <source>Show all content</source>
        <translation>Pokaż wszystkie treści</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Wszystkie kampanie</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Wszystkie języki</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Wszystkie sieci</translation>
    </message>
    <message>
        <source>Nothing matches “%1” with the filters chosen.</source>
        <translation>Nic nie pasuje do „%1” przy wybranych filtrach.</translation>
    </message>
    <message>
        <source>Nothing matches the filters chosen.</source>
        <translation>Nic nie pasuje do wybranych filtrów.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Images of the post</source>
        <translation>Zdjęcia posta</translation>
    </message>
    <message>
        <source>Add image…</source>
        <translation>Dodaj zdjęcie…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Usuń zdjęcie</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Przesuń wcześniej</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Przesuń dalej</translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation>Tekst alternatywny:</translation>
    </message>
    <message>
        <source>Describe the image for people who cannot see it</source>
        <translation>Opisz zdjęcie dla osób, które go nie widzą</translation>
    </message>
    <message>
        <source>Alt text of the selected image</source>
        <translation>Tekst alternatywny wybranego zdjęcia</translation>
    </message>
    <message>
        <source>About the images</source>
        <translation>Informacje o zdjęciach</translation>
    </message>
    <message>
        <source>%1 · no alt text</source>
        <translation>%1 · brak tekstu alternatywnego</translation>
    </message>
    <message>
        <source>This image has no alt text yet.</source>
        <translation>To zdjęcie nie ma jeszcze tekstu alternatywnego.</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Zdjęcie %1: %2</translation>
    </message>
    <message>
        <source>Image %1, no alt text</source>
        <translation>Zdjęcie %1, bez tekstu alternatywnego</translation>
    </message>
    <message>
        <source>Image limit per post for this account: %1. Remove %2 to publish.</source>
        <translation>Limit zdjęć w jednym poście na tym koncie: %1. Usuń nadmiarowe (%2), aby opublikować.</translation>
    </message>
    <message>
        <source>This account&apos;s network takes no images.</source>
        <translation>Sieć tego konta nie przyjmuje zdjęć.</translation>
    </message>
    <message>
        <source>%1 of at most %2 images</source>
        <translation>Zdjęcia: %1 z maksymalnie %2</translation>
    </message>
    <message>
        <source>No images. Add one, or drop image files here.</source>
        <translation>Brak zdjęć. Dodaj zdjęcie albo upuść tu pliki obrazów.</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Any network</source>
        <translation>Każda sieć</translation>
    </message>
    <message>
        <source>blocked in the app</source>
        <translation>zablokowany w aplikacji</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>ostrzeżenia</translation>
    </message>
    <message>
        <source>passes the check</source>
        <translation>przechodzi kontrolę</translation>
    </message>
    <message>
        <source>too long to check</source>
        <translation>za długi do sprawdzenia</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Pozycje:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Dodaj pozycję</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Usuń pozycję</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Obrazy</translation>
    </message>
    <message>
        <source>Suggested texts</source>
        <translation>Proponowane teksty</translation>
    </message>
    <message>
        <source>I&amp;D:</source>
        <translation>I&amp;D:</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>ID pozycji</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
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
        <translation>&amp;Kampania:</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Streszczenie:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Shown &amp;from:</source>
        <translation>Widoczna &amp;od:</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nie wcześniej niż</translation>
    </message>
    <message>
        <source>&amp;Expires at:</source>
        <translation>&amp;Wygasa:</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1: ustawione</translation>
    </message>
    <message>
        <source>Campaign parameters</source>
        <translation>Parametry kampanii</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametr</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Dodaj parametr</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Usuń parametr</translation>
    </message>
    <message>
        <source>UTM parameters:</source>
        <translation>Parametry UTM:</translation>
    </message>
    <message>
        <source>Add image…</source>
        <translation>Dodaj zdjęcie…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Usuń zdjęcie</translation>
    </message>
    <message>
        <source>Alt text (%1)</source>
        <translation>Tekst alternatywny (%1)</translation>
    </message>
    <message>
        <source>Alt text (%1):</source>
        <translation>Tekst alternatywny (%1):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Suggested text</source>
        <translation>Proponowany tekst</translation>
    </message>
    <message>
        <source>Remove text</source>
        <translation>Usuń tekst</translation>
    </message>
    <message>
        <source>Network of the new text</source>
        <translation>Sieć nowego tekstu</translation>
    </message>
    <message>
        <source>Language of the new text</source>
        <translation>Język nowego tekstu</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Dodaj tekst</translation>
    </message>
    <message>
        <source>What the app will do with this text</source>
        <translation>Co aplikacja zrobi z tym tekstem</translation>
    </message>
    <message>
        <source>The text employees start from; they rewrite it in their own words.</source>
        <translation>Tekst, od którego zaczynają pracownicy; przepisują go własnymi słowami.</translation>
    </message>
    <message>
        <source>The text&apos;s length on its network</source>
        <translation>Długość tekstu w jego sieci</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Sprawdzanie się nie powiodło: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nowa pozycja</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Zdjęcie %1: %2</translation>
    </message>
    <message>
        <source>Image %1 has no alt text in %2. The app posts no image without one, and the studio builds no pack with one.</source>
        <translation>Obraz %1 nie ma tekstu alternatywnego w języku: %2. Aplikacja nie publikuje obrazu bez niego, a studio nie zbuduje pakietu z takim obrazem.</translation>
    </message>
    <message>
        <source>Add images to the item</source>
        <translation>Dodaj obrazy do pozycji</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Obrazy (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>Nie dodano obrazu</translation>
    </message>
    <message>
        <source>Blocked in the app: %1</source>
        <translation>Zablokowany w aplikacji: %1</translation>
    </message>
    <message>
        <source>Employees must confirm a warning first: %1</source>
        <translation>Pracownicy muszą najpierw potwierdzić ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>The app lets employees post this text.</source>
        <translation>Aplikacja pozwoli pracownikom opublikować ten tekst.</translation>
    </message>
</context>
<context>
    <name>LintPage</name>
    <message>
        <source>Open a pack to check it.</source>
        <translation>Otwórz pakiet, aby go sprawdzić.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Every problem of the pack; activate one to go to its field</source>
        <translation>Wszystkie problemy pakietu; wybierz jeden, aby przejść do jego pola</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Problem and fix</source>
        <translation>Problem i poprawka</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>Przejdź do pola</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Sprawdzanie pakietu…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>%1 Fix: %2</source>
        <translation>%1 Poprawka: %2</translation>
    </message>
    <message>
        <source>No problems: the pack can be built.</source>
        <translation>Brak problemów: pakiet można zbudować.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source>fix the errors to build the pack.</source>
        <translation>popraw błędy, aby zbudować pakiet.</translation>
    </message>
    <message>
        <source>The pack could not be checked: %1</source>
        <translation>Nie udało się sprawdzić pakietu: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Write</source>
        <translation>Pisz</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Publishing is blocked</source>
        <translation>Publikowanie jest zablokowane</translation>
    </message>
    <message>
        <source>Syncing content</source>
        <translation>Synchronizacja materiałów</translation>
    </message>
    <message>
        <source>A pack in the folder set by IT was refused: %1</source>
        <translation>Pakiet treści w folderze wskazanym przez IT został odrzucony: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Import content pack…</source>
        <translation>&amp;Importuj pakiet treści…</translation>
    </message>
    <message>
        <source>Import content pack from &amp;address…</source>
        <translation>Importuj pakiet treści z &amp;adresu…</translation>
    </message>
    <message>
        <source>S&amp;ync content now</source>
        <translation>S&amp;ynchronizuj materiały teraz</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Posts</source>
        <translation>P&amp;osty</translation>
    </message>
    <message>
        <source>&amp;Pause all scheduled posts</source>
        <translation>&amp;Wstrzymaj wszystkie zaplanowane posty</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Write and Queue</source>
        <translation>Pisanie i kolejka</translation>
    </message>
    <message>
        <source>Organization settings ignored: %1</source>
        <translation>Pominięte ustawienia organizacji: %1</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Szczegóły…</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>Cała wiadomość</translation>
    </message>
    <message>
        <source>Pack s&amp;tudio…</source>
        <translation>S&amp;tudio pakietów…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Find content…</source>
        <translation>&amp;Znajdź treść…</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Zaplanuj</translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation>Opublikuj &amp;teraz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Policy rules…</source>
        <translation>&amp;Zasady polityki…</translation>
    </message>
    <message>
        <source>&amp;Managed by your organization…</source>
        <translation>&amp;Zarządzane przez Twoją organizację…</translation>
    </message>
    <message>
        <source>&amp;What my company can see…</source>
        <translation>&amp;Co widzi moja firma…</translation>
    </message>
    <message>
        <source>&amp;About Advocate Desktop</source>
        <translation>&amp;O programie Advocate Desktop</translation>
    </message>
    <message>
        <source>Loading content…</source>
        <translation>Wczytywanie materiałów…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of approved content</source>
        <translation>
            <numerusform>%n zatwierdzony materiał</numerusform>
            <numerusform>%n zatwierdzone materiały</numerusform>
            <numerusform>%n zatwierdzonych materiałów</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed; next try at %1</source>
        <translation>Synchronizacja nie powiodła się; kolejna próba o %1</translation>
    </message>
    <message>
        <source>Could not sync %1: %2. The content you had is still here.</source>
        <translation>Nie udało się zsynchronizować %1: %2. Dotychczasowe materiały są nadal dostępne.</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>Import content pack from address</source>
        <translation>Importuj pakiet treści z adresu</translation>
    </message>
    <message>
        <source>Address of a feed or content pack (https://…):</source>
        <translation>Adres kanału lub pakietu treści (https://…):</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nie dodano</translation>
    </message>
    <message>
        <source>The content could not be loaded: %1</source>
        <translation>Nie udało się wczytać materiałów: %1</translation>
    </message>
    <message>
        <source>Your IT department&apos;s policy could not be loaded, so nothing can be published until IT fixes it. You can still read the content and write drafts. Tell IT: %1</source>
        <translation>Nie udało się wczytać zasad Twojego działu IT, więc do czasu ich poprawienia nic nie zostanie opublikowane. Nadal możesz przeglądać treści i pisać szkice. Przekaż działowi IT: %1</translation>
    </message>
    <message>
        <source>Import content pack</source>
        <translation>Importuj pakiet treści</translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation>Pakiety treści (*.zip)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Zaimportowano %1</translation>
    </message>
    <message>
        <source>The content pack was not imported</source>
        <translation>Pakiet treści nie został zaimportowany</translation>
    </message>
    <message>
        <source>%1

Nothing was changed; the content you had is still here.</source>
        <translation>%1

Nic nie zostało zmienione; dotychczasowe materiały są nadal dostępne.</translation>
    </message>
    <message>
        <source>Publishing your post…</source>
        <translation>Publikowanie posta…</translation>
    </message>
    <message>
        <source>Scheduled. You can follow it in the Queue.</source>
        <translation>Zaplanowano. Możesz go śledzić w Kolejce.</translation>
    </message>
    <message>
        <source>Scheduled posts are not being published</source>
        <translation>Zaplanowane posty nie są publikowane</translation>
    </message>
    <message>
        <source>Your data file is damaged, so scheduled posts cannot be published. Quit Advocate Desktop and start it again: it checks the file and lets you keep it aside.

%1</source>
        <translation>Plik danych jest uszkodzony, więc zaplanowanych postów nie można opublikować. Zakończ Advocate Desktop i uruchom go ponownie: sprawdzi plik i pozwoli odłożyć go na bok.

%1</translation>
    </message>
    <message>
        <source>Scheduled posts cannot be published because the app&apos;s data cannot be read or written (is the disk full, or the folder unavailable?). It keeps trying every few seconds.

%1</source>
        <translation>Zaplanowanych postów nie można opublikować, ponieważ nie da się odczytać ani zapisać danych aplikacji (czy dysk jest pełny albo folder niedostępny?). Aplikacja ponawia próbę co kilka sekund.

%1</translation>
    </message>
    <message>
        <source>Publishing stopped</source>
        <translation>Publikowanie wstrzymane</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Publishing paused</source>
        <translation>Publikowanie wstrzymane</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Nic nie zostało usunięte</translation>
    </message>
    <message>
        <source>Your data could not be removed: %1</source>
        <translation>Nie udało się usunąć Twoich danych: %1</translation>
    </message>
    <message>
        <source>Not everything was removed</source>
        <translation>Nie wszystko zostało usunięte</translation>
    </message>
    <message>
        <source>Your drafts, queue, settings and downloaded content were removed.</source>
        <translation>Twoje szkice, kolejka, ustawienia i pobrane materiały zostały usunięte.</translation>
    </message>
    <message>
        <source>The system keyring did not answer (%1), so sign-ins stored there may remain. Open your system&apos;s password manager and delete the entries named “advocate-desktop”.</source>
        <translation>Systemowy pęk kluczy nie odpowiedział (%1), więc zapisane w nim dane logowania mogły pozostać. Otwórz systemowy menedżer haseł i usuń wpisy o nazwie „advocate-desktop”.</translation>
    </message>
    <message>
        <source>The entry that starts the app at login could not be removed (%1). Turn it off in your system&apos;s startup settings.</source>
        <translation>Nie udało się usunąć wpisu, który uruchamia aplikację po zalogowaniu (%1). Wyłącz go w ustawieniach autostartu systemu.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled post(s) could not be taken back from the server that holds them and may still be published. Delete them in your account&apos;s scheduled posts on the server.</source>
        <translation>
            <numerusform>Nie udało się wycofać %n zaplanowanego postu z serwera, na którym czeka, więc nadal może zostać opublikowany. Usuń go z zaplanowanych postów swojego konta na serwerze.</numerusform>
            <numerusform>Nie udało się wycofać %n zaplanowanych postów z serwera, na którym czekają, więc nadal mogą zostać opublikowane. Usuń je z zaplanowanych postów swojego konta na serwerze.</numerusform>
            <numerusform>Nie udało się wycofać %n zaplanowanych postów z serwera, na którym czekają, więc nadal mogą zostać opublikowane. Usuń je z zaplanowanych postów swojego konta na serwerze.</numerusform>
        </translation>
    </message>
    <message>
        <source>These folders could not be removed completely; delete them by hand:</source>
        <translation>Tych folderów nie udało się całkowicie usunąć; usuń je ręcznie:</translation>
    </message>
    <message>
        <source>About Advocate Desktop</source>
        <translation>O programie Advocate Desktop</translation>
    </message>
    <message>
        <source>Advocate Desktop %1

Share your company&apos;s approved news in your own words, from your own accounts. Everything personal stays on this computer.</source>
        <translation>Advocate Desktop %1

Dziel się zatwierdzonymi wiadomościami firmy własnymi słowami, ze swoich kont. Wszystko, co osobiste, zostaje na tym komputerze.</translation>
    </message>
    <message>
        <source>Trust the studio&apos;s key?</source>
        <translation>Zaufać kluczowi ze studia?</translation>
    </message>
    <message>
        <source>This app accepts signed packs only from keys it trusts. Trust key %1 (%2) here, so the pack built in the studio can be previewed?</source>
        <translation>Ta aplikacja przyjmuje podpisane pakiety tylko od kluczy, którym ufa. Zaufać tutaj kluczowi %1 (%2), aby można było obejrzeć pakiet zbudowany w studiu?</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>bez nazwy</translation>
    </message>
    <message>
        <source>Posts are scheduled. Keep the app running so they go out?</source>
        <translation>Masz zaplanowane posty. Czy aplikacja ma dalej działać, żeby zostały opublikowane?</translation>
    </message>
    <message>
        <source>This desktop has no tray, so the app keeps running minimized. If you quit, scheduled posts wait until you start it again.</source>
        <translation>To środowisko nie ma zasobnika systemowego, więc aplikacja będzie działać zminimalizowana. Jeśli ją zamkniesz, zaplanowane posty poczekają do jej ponownego uruchomienia.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Działaj dalej</translation>
    </message>
    <message>
        <source>Quit, they will wait</source>
        <translation>Zamknij, poczekają</translation>
    </message>
    <message>
        <source>Still running in the tray so scheduled posts go out. Use Quit to stop it.</source>
        <translation>Aplikacja działa dalej w zasobniku, aby zaplanowane posty zostały opublikowane. Użyj „Zakończ”, aby ją zatrzymać.</translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>nested too deeply to be read</source>
        <translation>zagnieżdżone zbyt głęboko, by dało się je odczytać</translation>
    </message>
    <message>
        <source>Only signed content is accepted, as if require_signed were on and locked, until this is fixed.</source>
        <translation>Do czasu poprawienia przyjmowane są tylko podpisane treści, tak jakby require_signed było włączone i zablokowane.</translation>
    </message>
    <message>
        <source>Only signed content is accepted, as if require_signed were on and locked, until this is fixed; the other keys stay trusted.</source>
        <translation>Do czasu poprawienia przyjmowane są tylko podpisane treści, tak jakby require_signed było włączone i zablokowane; pozostałe klucze są nadal zaufane.</translation>
    </message>
    <message>
        <source>Nothing is published until this is fixed: content can still be read and drafts written.</source>
        <translation>Do czasu poprawienia nic nie zostanie opublikowane: nadal można czytać treści i pisać szkice.</translation>
    </message>
    <message>
        <source>No network is allowed until this is fixed: nothing is published or shared and no account can be added.</source>
        <translation>Do czasu poprawienia żaden serwis nie jest dozwolony: nic nie jest publikowane ani udostępniane i nie można dodać konta.</translation>
    </message>
    <message>
        <source>expected a feed address starting with https:// or http://, got %1</source>
        <translation>oczekiwano adresu kanału zaczynającego się od https:// lub http://, a jest %1</translation>
    </message>
    <message>
        <source>expected {&quot;name&quot;: …, &quot;key&quot;: &quot;advocate-ed25519 …&quot;}, got %1</source>
        <translation>oczekiwano {&quot;name&quot;: …, &quot;key&quot;: &quot;advocate-ed25519 …&quot;}, a jest %1</translation>
    </message>
    <message>
        <source>expected a date (2027-06-30) or a date and time with a time zone</source>
        <translation>oczekiwano daty (2027-06-30) albo daty i godziny ze strefą czasową</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>nieznane pole %1</translation>
    </message>
    <message>
        <source>no company app is used for %1; expected one of %2</source>
        <translation>dla %1 nie używa się aplikacji firmowej; oczekiwano jednej z: %2</translation>
    </message>
    <message>
        <source>expected a client_id (text)</source>
        <translation>oczekiwano client_id (tekstu)</translation>
    </message>
    <message>
        <source>expected an https:// address, got %1</source>
        <translation>oczekiwano adresu https://, a jest %1</translation>
    </message>
    <message>
        <source>expected text that is not empty</source>
        <translation>oczekiwano niepustego tekstu</translation>
    </message>
    <message>
        <source>expected a LinkedIn API version as YYYYMM (e.g. 202611), got %1</source>
        <translation>oczekiwano wersji API LinkedIn w postaci RRRRMM (np. 202611), a jest %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nie można odczytać: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>niepoprawny JSON: %1</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be read</source>
        <translation>JSON jest zagnieżdżony zbyt głęboko, by dało się go odczytać</translation>
    </message>
    <message>
        <source>expected a JSON object, got %1</source>
        <translation>oczekiwano obiektu JSON, a jest %1</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>nieznany klucz</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>nieznane ustawienie %1</translation>
    </message>
    <message>
        <source>only the employee sets this; IT may lock it (IT&apos;s own keys: /%1)</source>
        <translation>to ustawia tylko pracownik; dział IT może je zablokować (własne klucze działu IT: /%1)</translation>
    </message>
    <message>
        <source>%1 cannot be locked</source>
        <translation>nie można zablokować %1</translation>
    </message>
    <message>
        <source>expected a setting name, got %1</source>
        <translation>oczekiwano nazwy ustawienia, a jest %1</translation>
    </message>
    <message>
        <source>None of this source&apos;s values apply. Until it is fixed, only signed content is accepted and nothing is published.</source>
        <translation>Żadna wartość z tego źródła nie obowiązuje. Do czasu poprawienia przyjmowane są tylko podpisane treści i nic nie zostanie opublikowane.</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>oczekiwano true lub false, a jest %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>oczekiwano liczby całkowitej, a jest %1</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>oczekiwano tekstu, a jest %1</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>oczekiwano listy, a jest %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>oczekiwano obiektu, a jest %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>oczekiwano jednej z wartości %1, a jest %2</translation>
    </message>
    <message>
        <source>expected at least %1, got %2</source>
        <translation>oczekiwano co najmniej %1, a jest %2</translation>
    </message>
    <message>
        <source>expected at most %1, got %2</source>
        <translation>oczekiwano co najwyżej %1, a jest %2</translation>
    </message>
    <message>
        <source>every entry must be text</source>
        <translation>każdy element musi być tekstem</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>expected a network name as text, got %1</source>
        <translation>oczekiwano nazwy serwisu jako tekstu, a jest %1</translation>
    </message>
    <message>
        <source>unknown network %1, so it allows nothing; the names are %2</source>
        <translation>nieznany serwis %1, więc na nic nie zezwala; dostępne nazwy to %2</translation>
    </message>
    <message>
        <source>no disclosure in %1; the languages are %2</source>
        <translation>brak ujawnienia w języku %1; dostępne języki to %2</translation>
    </message>
    <message>
        <source>%1 is too short to say anything: a disclosure needs 4 letters or more</source>
        <translation>%1 jest zbyt krótkie, by cokolwiek mówić: ujawnienie wymaga co najmniej 4 liter</translation>
    </message>
    <message>
        <source>longer than %1 characters: a disclosure must fit at the start of a post</source>
        <translation>dłuższe niż %1 znaków: ujawnienie musi się zmieścić na początku posta</translation>
    </message>
    <message>
        <source>%1 does not say that the author works there (the built-in policy refuses it as a disclosure)</source>
        <translation>%1 nie mówi, że autor tam pracuje (wbudowane zasady nie uznają tego za ujawnienie)</translation>
    </message>
    <message>
        <source>contains %1, a label the built-in policy refuses as a disclosure</source>
        <translation>zawiera %1, etykietę, której wbudowane zasady nie uznają za ujawnienie</translation>
    </message>
    <message>
        <source>expected one line of text without control characters</source>
        <translation>oczekiwano jednego wiersza tekstu bez znaków sterujących</translation>
    </message>
    <message>
        <source>expected an http:// or https:// proxy address, got %1</source>
        <translation>oczekiwano adresu serwera proxy zaczynającego się od http:// lub https://, a jest %1</translation>
    </message>
    <message>
        <source>expected a host name or IP address, got %1</source>
        <translation>oczekiwano nazwy hosta lub adresu IP, a jest %1</translation>
    </message>
    <message>
        <source>expected a port from 1 to 65535, as in http://proxy.example:3128, got %1</source>
        <translation>oczekiwano portu od 1 do 65535, jak w http://proxy.example:3128, a jest %1</translation>
    </message>
    <message>
        <source>a proxy address with a user name or password is refused: every user of the computer can read it</source>
        <translation>adres serwera proxy z nazwą użytkownika lub hasłem jest odrzucany: może go odczytać każdy użytkownik komputera</translation>
    </message>
    <message>
        <source>expected only a scheme, a host and a port, got %1</source>
        <translation>oczekiwano tylko schematu, hosta i portu, a jest %1</translation>
    </message>
    <message>
        <source>expected a host (intranet.example), *.domain, an IP address, a network (10.0.0.0/8) or &lt;local&gt;, got %1</source>
        <translation>oczekiwano hosta (intranet.example), *.domena, adresu IP, sieci (10.0.0.0/8) lub &lt;local&gt;, a jest %1</translation>
    </message>
</context>
<context>
    <name>ManagedDialog</name>
    <message>
        <source>Managed by your organization</source>
        <translation>Zarządzane przez Twoją organizację</translation>
    </message>
    <message>
        <source>Your organization configures this app on this computer. What it locked cannot be changed in Settings.</source>
        <translation>Twoja organizacja konfiguruje tę aplikację na tym komputerze. Tego, co zablokowała, nie można zmienić w Ustawieniach.</translation>
    </message>
    <message>
        <source>Your organization does not configure this app on this computer.</source>
        <translation>Twoja organizacja nie konfiguruje tej aplikacji na tym komputerze.</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>Odczytano z: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zablokowane</translation>
    </message>
    <message>
        <source>Values set by your organization</source>
        <translation>Wartości ustawione przez Twoją organizację</translation>
    </message>
    <message>
        <source>Ignored values:</source>
        <translation>Pominięte wartości:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Why it was ignored</source>
        <translation>Dlaczego pominięto</translation>
    </message>
    <message>
        <source>What the app does instead</source>
        <translation>Co aplikacja robi zamiast tego</translation>
    </message>
    <message>
        <source>Ignored values</source>
        <translation>Pominięte wartości</translation>
    </message>
    <message>
        <source>(the employee&apos;s)</source>
        <translation>(wartość pracownika)</translation>
    </message>
    <message>
        <source>Ignored values: %1</source>
        <translation>Pominięte wartości: %1</translation>
    </message>
    <message>
        <source>Ignored values: none</source>
        <translation>Pominięte wartości: brak</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Zaplanowany</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publikowanie…</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Czeka na ponowną próbę</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Opublikowany</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Missed – confirm to publish</source>
        <translation>Pominięty – potwierdź publikację</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowany</translation>
    </message>
    <message>
        <source>Handing over to the server…</source>
        <translation>Przekazywanie serwerowi…</translation>
    </message>
    <message>
        <source>Held by the server</source>
        <translation>Czeka na serwerze</translation>
    </message>
    <message>
        <source>Changing on the server…</source>
        <translation>Zmiana na serwerze…</translation>
    </message>
    <message>
        <source>Posted by you</source>
        <translation>Opublikowany przez Ciebie</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Szczegóły: %2</translation>
    </message>
    <message>
        <source>The app stopped while this post was being published, so it is not known whether it went out. Check your account before publishing it again.</source>
        <translation>Aplikacja zatrzymała się w trakcie publikowania tego posta, więc nie wiadomo, czy został opublikowany. Sprawdź swoje konto, zanim opublikujesz go ponownie.</translation>
    </message>
    <message>
        <source>Publishing failed several times: %1</source>
        <translation>Publikacja kilka razy się nie powiodła: %1</translation>
    </message>
    <message>
        <source>The policy in force now blocks this post (%1). Edit it and schedule it again.</source>
        <translation>Obowiązująca teraz polityka blokuje ten post (%1). Popraw go i zaplanuj ponownie.</translation>
    </message>
    <message>
        <source>The account for this post was removed. Pick another account.</source>
        <translation>Konto tego posta zostało usunięte. Wybierz inne konto.</translation>
    </message>
    <message>
        <source>The account&apos;s settings are incomplete: %1</source>
        <translation>Ustawienia konta są niekompletne: %1</translation>
    </message>
    <message>
        <source>The content this post shares expired (%1), so it was not published.</source>
        <translation>Materiał udostępniany w tym poście wygasł (%1), więc post nie został opublikowany.</translation>
    </message>
    <message>
        <source>The content this post shares (%1) is no longer signed by a key this computer trusts, so it was not published.</source>
        <translation>Treści, które udostępnia ten wpis (%1), nie są już podpisane kluczem zaufanym na tym komputerze, więc wpis nie został opublikowany.</translation>
    </message>
    <message>
        <source>Your organization no longer allows posting to %1, so this post was not sent. Edit it to pick an account on another network, or cancel it.</source>
        <translation>Twoja organizacja nie zezwala już na publikowanie w serwisie %1, więc ten post nie został wysłany. Edytuj go i wybierz konto w innym serwisie albo go anuluj.</translation>
    </message>
    <message>
        <source>Your IT department&apos;s policy could not be loaded (%1), so nothing is published until IT fixes it. Publish this post again from the Queue after that.</source>
        <translation>Nie udało się wczytać zasad Twojego działu IT (%1), więc do czasu ich poprawienia nic nie jest publikowane. Potem opublikuj ten post ponownie z Kolejki.</translation>
    </message>
    <message>
        <source>An unexpected error happened: %1</source>
        <translation>Wystąpił nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <source>The network refused this post: “%1”. Edit it and schedule it again.</source>
        <translation>Sieć odrzuciła ten post: „%1”. Popraw go i zaplanuj ponownie.</translation>
    </message>
    <message>
        <source>The network no longer accepts this account&apos;s sign-in (%1). Its posts wait until you sign in again.</source>
        <translation>Sieć nie akceptuje już logowania na tym koncie (%1). Jego posty czekają, aż zalogujesz się ponownie.</translation>
    </message>
    <message>
        <source>The network asked to slow down; the post will be tried again later. %1</source>
        <translation>Sieć poprosiła o zwolnienie tempa; publikacja zostanie ponowiona później. %1</translation>
    </message>
    <message>
        <source>The network refuses posts from this account until %1, later than this post should go out. Publish it then, give it a new time, or cancel it.</source>
        <translation>Sieć nie przyjmuje postów z tego konta do %1, czyli dłużej, niż ten post może czekać. Opublikuj go wtedy, wyznacz nowy termin albo go anuluj.</translation>
    </message>
    <message>
        <source>An image of this post is no longer on this computer (%1). Put the file back, or edit the post, and schedule it again.</source>
        <translation>Obrazu z tego posta nie ma już na tym komputerze (%1). Przywróć plik albo popraw post i zaplanuj go ponownie.</translation>
    </message>
    <message>
        <source>An image of this post has no description (alt text), which this network requires (%1). Add one and schedule the post again.</source>
        <translation>Obraz w tym poście nie ma tekstu alternatywnego, a ta sieć go wymaga (%1). Dodaj opis i zaplanuj post ponownie.</translation>
    </message>
    <message>
        <source>An image description (alt text) is longer than this network allows (%1). Shorten it and schedule the post again.</source>
        <translation>Tekst alternatywny obrazu jest dłuższy, niż pozwala ta sieć (%1). Skróć go i zaplanuj post ponownie.</translation>
    </message>
    <message>
        <source>An image of this post cannot be read (%1). Replace it and schedule the post again.</source>
        <translation>Nie można odczytać obrazu z tego posta (%1). Zastąp go innym i zaplanuj post ponownie.</translation>
    </message>
    <message>
        <source>An image of this post is larger than this network allows (%1). Use a smaller one and schedule the post again.</source>
        <translation>Obraz w tym poście jest większy, niż pozwala ta sieć (%1). Użyj mniejszego i zaplanuj post ponownie.</translation>
    </message>
    <message>
        <source>This network does not accept this kind of image (%1). Use a JPEG or PNG image and schedule the post again.</source>
        <translation>Ta sieć nie przyjmuje obrazów tego rodzaju (%1). Użyj obrazu JPEG lub PNG i zaplanuj post ponownie.</translation>
    </message>
    <message>
        <source>This post has more images than this network allows (%1). Remove some and schedule it again.</source>
        <translation>Ten post ma więcej obrazów, niż pozwala ta sieć (%1). Usuń część z nich i zaplanuj go ponownie.</translation>
    </message>
    <message>
        <source>The server was to publish this post, but it is no longer there and did not go out: it may have been deleted on the server. Check your account, then publish it again, give it a new time, or cancel it.</source>
        <translation>Ten post miał opublikować serwer, ale już go tam nie ma i nie został opublikowany: mógł zostać usunięty na serwerze. Sprawdź swoje konto, a potem opublikuj go ponownie, wyznacz nowy termin albo go anuluj.</translation>
    </message>
    <message>
        <source>The account&apos;s sign-in expires at %1, before this post&apos;s time. Sign in again before then, or the post will not go out.</source>
        <translation>Logowanie na koncie wygasa %1, przed porą publikacji tego posta. Zaloguj się ponownie przed tym terminem, inaczej post nie zostanie opublikowany.</translation>
    </message>
    <message>
        <source>Your posts: %1</source>
        <translation>Twoje posty: %1</translation>
    </message>
    <message>
        <source>Publishing failed (%1): %2</source>
        <translation>Publikacja nie powiodła się (%1): %2</translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <source>The server asks to wait before posting again.</source>
        <extracomment>Where an employee makes an app password (the sign-in explains it and links here).</extracomment>
        <translation>Serwer prosi, by odczekać przed kolejną publikacją.</translation>
    </message>
    <message>
        <source>The account needs to be signed in again.</source>
        <translation>Trzeba ponownie zalogować się na to konto.</translation>
    </message>
    <message>
        <source>The server refused the post.</source>
        <translation>Serwer odrzucił wpis.</translation>
    </message>
    <message>
        <source>The post was sent but no answer came back; the app checks whether it went out before trying again.</source>
        <translation>Wpis został wysłany, ale nie nadeszła odpowiedź; przed ponowną próbą aplikacja sprawdzi, czy został opublikowany.</translation>
    </message>
    <message>
        <source>The server cannot be reached right now.</source>
        <translation>Serwer jest teraz nieosiągalny.</translation>
    </message>
    <message>
        <source>The text is longer than the server allows.</source>
        <translation>Tekst jest dłuższy, niż pozwala serwer.</translation>
    </message>
    <message>
        <source>The post has more images than the server allows.</source>
        <translation>Wpis ma więcej obrazów, niż pozwala serwer.</translation>
    </message>
    <message>
        <source>An image has no alt text.</source>
        <translation>Jeden z obrazów nie ma tekstu alternatywnego.</translation>
    </message>
    <message>
        <source>An image file cannot be read.</source>
        <translation>Nie można odczytać pliku obrazu.</translation>
    </message>
    <message>
        <source>An image is larger than the server allows.</source>
        <translation>Obraz jest większy, niż pozwala serwer.</translation>
    </message>
    <message>
        <source>No Bluesky account has this handle.</source>
        <translation>Żadne konto Bluesky nie ma takiego identyfikatora.</translation>
    </message>
    <message>
        <source>The handle or the app password is not right.</source>
        <translation>Identyfikator lub hasło aplikacji jest nieprawidłowe.</translation>
    </message>
    <message>
        <source>This is the account&apos;s main password. Make an app password in Bluesky&apos;s settings and use that instead.</source>
        <translation>To jest główne hasło konta. Utwórz hasło aplikacji w ustawieniach Bluesky i użyj go zamiast głównego.</translation>
    </message>
    <message>
        <source>Bluesky has taken this account down.</source>
        <translation>Bluesky zablokował to konto.</translation>
    </message>
    <message>
        <source>This address is not a Bluesky server.</source>
        <translation>Pod tym adresem nie ma serwera Bluesky.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serwer nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z serwerem.</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be read.</source>
        <translation>Serwer przysłał odpowiedź, której nie można odczytać.</translation>
    </message>
    <message>
        <source>The server was still processing an image.</source>
        <translation>Serwer wciąż przetwarzał obraz.</translation>
    </message>
    <message>
        <source>The post was sent but no answer came back; it may have been published.</source>
        <translation>Wpis został wysłany, ale nie nadeszła odpowiedź; mógł zostać opublikowany.</translation>
    </message>
    <message>
        <source>The server refused: the account may be limited or suspended.</source>
        <translation>Serwer odmówił: konto może być ograniczone lub zawieszone.</translation>
    </message>
    <message>
        <source>This address is not a Mastodon server.</source>
        <translation>Pod tym adresem nie ma serwera Mastodon.</translation>
    </message>
    <message>
        <source>This is not a server address.</source>
        <translation>To nie jest adres serwera.</translation>
    </message>
    <message>
        <source>The server no longer has what was asked for.</source>
        <translation>Serwer nie ma już tego, o co poproszono.</translation>
    </message>
    <message>
        <source>An image&apos;s alt text is longer than the server allows.</source>
        <translation>Tekst alternatywny obrazu jest dłuższy, niż pozwala serwer.</translation>
    </message>
    <message>
        <source>The server does not accept this kind of image.</source>
        <translation>Serwer nie przyjmuje obrazów tego rodzaju.</translation>
    </message>
    <message>
        <source>The outbox folder cannot be written: %1</source>
        <translation>Nie można zapisać w folderze skrzynki nadawczej: %1</translation>
    </message>
    <message>
        <source>X asks to wait before posting again.</source>
        <translation>X prosi, żeby odczekać przed kolejnym wpisem.</translation>
    </message>
    <message>
        <source>X cannot be reached right now.</source>
        <translation>Nie można teraz połączyć się z X.</translation>
    </message>
    <message>
        <source>The post was sent to X but no answer came back; it may have been published. Look at your X profile before trying again.</source>
        <translation>Wpis został wysłany do X, ale nie przyszła odpowiedź; mógł zostać opublikowany. Zajrzyj na swój profil w X, zanim spróbujesz ponownie.</translation>
    </message>
    <message>
        <source>The X account needs to be signed in again.</source>
        <translation>Trzeba ponownie zalogować się na konto X.</translation>
    </message>
    <message>
        <source>X refused the post.</source>
        <translation>X odrzucił wpis.</translation>
    </message>
    <message>
        <source>X refuses a post with the same text as one already on the account.</source>
        <translation>X odrzuca wpis o takiej samej treści jak wpis, który już jest na koncie.</translation>
    </message>
    <message>
        <source>X refused because the company&apos;s X app has no paid API access left. Tell IT.</source>
        <translation>X odmówił, bo firmowej aplikacji X skończył się opłacony dostęp do API. Zgłoś to działowi IT.</translation>
    </message>
    <message>
        <source>X sent an answer that cannot be read.</source>
        <translation>X przysłał odpowiedź, której nie można odczytać.</translation>
    </message>
    <message>
        <source>The text is longer than X allows.</source>
        <translation>Tekst jest dłuższy, niż pozwala X.</translation>
    </message>
    <message>
        <source>The post has more images than X allows.</source>
        <translation>Wpis ma więcej obrazów, niż pozwala X.</translation>
    </message>
    <message>
        <source>An image&apos;s alt text is longer than X allows (1,000 characters).</source>
        <translation>Tekst alternatywny obrazu jest dłuższy, niż pozwala X (1000 znaków).</translation>
    </message>
    <message>
        <source>An image is larger than X allows.</source>
        <translation>Obraz jest większy, niż pozwala X.</translation>
    </message>
    <message>
        <source>The system keyring refused to keep the X account&apos;s new sign-in.</source>
        <translation>Systemowy pęk kluczy nie zapisał nowych danych logowania konta X.</translation>
    </message>
    <message>
        <source>Your company has not turned on posting to X through its API (X charges the company for every post, more for a post with a link), so X is offered through its share page only.</source>
        <translation>Twoja firma nie włączyła publikowania w X przez API (X pobiera od firmy opłatę za każdy wpis, wyższą za wpis z linkiem), więc X jest dostępny tylko przez stronę udostępniania.</translation>
    </message>
    <message>
        <source>Other programs use every port the X sign-in may come back on. Close them and try again.</source>
        <translation>Inne programy zajmują wszystkie porty, na które może wrócić logowanie do X. Zamknij je i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>X&apos;s answer about who signed in cannot be read.</source>
        <translation>Nie można odczytać odpowiedzi X o tym, kto się zalogował.</translation>
    </message>
    <message>
        <source>Your company has not set up a Threads app for Advocate Desktop, so Threads is offered through its share page only.</source>
        <translation>Twoja firma nie skonfigurowała aplikacji Threads dla Advocate Desktop, dlatego Threads jest dostępny tylko przez swoją stronę udostępniania.</translation>
    </message>
    <message>
        <source>Threads did not say which account signed in.</source>
        <translation>Threads nie podał, które konto się zalogowało.</translation>
    </message>
    <message>
        <source>Threads did not accept the sign-in. Try again, or ask IT to check the app.</source>
        <translation>Threads nie przyjął logowania. Spróbuj ponownie albo poproś dział IT o sprawdzenie aplikacji.</translation>
    </message>
    <message>
        <source>Threads asks to wait before posting again.</source>
        <translation>Threads prosi, aby poczekać przed kolejną publikacją.</translation>
    </message>
    <message>
        <source>Threads cannot be reached right now.</source>
        <translation>Nie można teraz połączyć się z Threads.</translation>
    </message>
    <message>
        <source>Threads did not answer in time.</source>
        <translation>Threads nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>The secure connection to Threads failed.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z Threads.</translation>
    </message>
    <message>
        <source>Threads sent an answer that cannot be read.</source>
        <translation>Threads przysłał odpowiedź, której nie da się odczytać.</translation>
    </message>
    <message>
        <source>Threads was still preparing the post; the app tries again later.</source>
        <translation>Threads wciąż przygotowywał wpis; aplikacja spróbuje ponownie później.</translation>
    </message>
    <message>
        <source>The post was sent to Threads but no answer came back; the app checks the account&apos;s posts before trying again.</source>
        <translation>Wpis został wysłany do Threads, ale nie wróciła żadna odpowiedź; przed ponowną próbą aplikacja sprawdzi wpisy na koncie.</translation>
    </message>
    <message>
        <source>The Threads account needs to be signed in again.</source>
        <translation>Trzeba ponownie zalogować się na konto Threads.</translation>
    </message>
    <message>
        <source>Threads refused the post.</source>
        <translation>Threads odrzucił wpis.</translation>
    </message>
    <message>
        <source>Threads could not prepare the post (%1). Check its image and text.</source>
        <translation>Threads nie mógł przygotować wpisu (%1). Sprawdź jego obraz i tekst.</translation>
    </message>
    <message>
        <source>The text is longer than the 500 characters Threads allows.</source>
        <translation>Tekst jest dłuższy niż 500 znaków dozwolonych w Threads.</translation>
    </message>
    <message>
        <source>The post has more than the 5 links Threads allows.</source>
        <translation>Wpis ma więcej niż 5 linków dozwolonych w Threads.</translation>
    </message>
    <message>
        <source>Threads takes one image per post from this app.</source>
        <translation>Z tej aplikacji Threads przyjmuje jeden obraz na wpis.</translation>
    </message>
    <message>
        <source>Threads takes only an image at a public https address, such as the news item&apos;s own picture. Your own files are never uploaded anywhere: remove the image, or share the post through Threads&apos; share page.</source>
        <translation>Threads przyjmuje tylko obraz dostępny pod publicznym adresem https, na przykład zdjęcie dołączone do wiadomości. Twoje własne pliki nigdy nie są nigdzie przesyłane: usuń obraz albo udostępnij wpis przez stronę udostępniania Threads.</translation>
    </message>
    <message>
        <source>Your organization has not set up LinkedIn for this app; you can still share through LinkedIn&apos;s share page.</source>
        <translation>Twoja organizacja nie skonfigurowała LinkedIn dla tej aplikacji; nadal możesz udostępniać posty przez stronę udostępniania LinkedIn.</translation>
    </message>
    <message>
        <source>LinkedIn no longer accepts the version of its interface this app uses (%1). Update Advocate Desktop, or ask IT to set a newer LinkedIn version (linkedin_api_version).</source>
        <translation>LinkedIn nie obsługuje już wersji interfejsu, której używa ta aplikacja (%1). Zaktualizuj Advocate Desktop albo poproś dział IT o ustawienie nowszej wersji LinkedIn (linkedin_api_version).</translation>
    </message>
    <message>
        <source>Another program uses port %1 on this computer, where LinkedIn&apos;s sign-in comes back to the app. Close that program and try again.</source>
        <translation>Inny program używa na tym komputerze portu %1, przez który logowanie LinkedIn wraca do aplikacji. Zamknij ten program i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>LinkedIn asks to wait before posting again.</source>
        <translation>LinkedIn prosi, by odczekać przed kolejną publikacją.</translation>
    </message>
    <message>
        <source>LinkedIn cannot be reached right now.</source>
        <translation>LinkedIn jest teraz nieosiągalny.</translation>
    </message>
    <message>
        <source>LinkedIn did not answer in time.</source>
        <translation>LinkedIn nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>The secure connection to LinkedIn failed.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z LinkedIn.</translation>
    </message>
    <message>
        <source>LinkedIn sent an answer that cannot be read.</source>
        <translation>LinkedIn przysłał odpowiedź, której nie można odczytać.</translation>
    </message>
    <message>
        <source>LinkedIn refused: the account may be restricted.</source>
        <translation>LinkedIn odmówił: konto może być ograniczone.</translation>
    </message>
    <message>
        <source>LinkedIn refused the post.</source>
        <translation>LinkedIn odrzucił wpis.</translation>
    </message>
    <message>
        <source>A LinkedIn post from this app carries one image.</source>
        <translation>Wpis na LinkedIn z tej aplikacji może zawierać jeden obraz.</translation>
    </message>
    <message>
        <source>An image&apos;s alt text is longer than LinkedIn allows.</source>
        <translation>Tekst alternatywny obrazu jest dłuższy, niż pozwala LinkedIn.</translation>
    </message>
    <message>
        <source>An image is larger than LinkedIn allows.</source>
        <translation>Obraz jest większy, niż pozwala LinkedIn.</translation>
    </message>
    <message>
        <source>LinkedIn takes JPEG, PNG and GIF images only.</source>
        <translation>LinkedIn przyjmuje tylko obrazy JPEG, PNG i GIF.</translation>
    </message>
</context>
<context>
    <name>NetworkPreviews</name>
    <message>
        <source>Preview on:</source>
        <translation>Podgląd w sieci:</translation>
    </message>
    <message>
        <source>Preview on</source>
        <translation>Podgląd w sieci</translation>
    </message>
    <message>
        <source>The network whose preview is shown, with the post&apos;s length there</source>
        <translation>Sieć, której podgląd jest widoczny, i długość posta w tej sieci</translation>
    </message>
    <message>
        <source>Networks the post is too long for</source>
        <translation>Sieci, w których post jest za długi</translation>
    </message>
    <message>
        <source>Preview on %1</source>
        <translation>Podgląd w sieci %1</translation>
    </message>
    <message>
        <source>%1 (too long)</source>
        <translation>%1 (za długi)</translation>
    </message>
    <message>
        <source>Too long for: %1</source>
        <translation>Za długi dla: %1</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Create a signing key</source>
        <translation>Utwórz klucz do podpisywania</translation>
    </message>
    <message>
        <source>Who signs</source>
        <translation>Kto podpisuje</translation>
    </message>
    <message>
        <source>e.g. Nordvik Communications</source>
        <translation>np. Komunikacja Nordvik</translation>
    </message>
    <message>
        <source>&amp;Who signs:</source>
        <translation>Kto &amp;podpisuje:</translation>
    </message>
    <message>
        <source>Keep it in this computer&apos;s &amp;keyring (recommended)</source>
        <translation>Przechowuj go w &amp;pęku kluczy tego komputera (zalecane)</translation>
    </message>
    <message>
        <source>Keep it in a file protected by a &amp;passphrase</source>
        <translation>Przechowuj go w pliku chronionym &amp;hasłem</translation>
    </message>
    <message>
        <source>Keep it in a plain &amp;file (anyone who copies it can sign)</source>
        <translation>Przechowuj go w zwykłym &amp;pliku (każdy, kto go skopiuje, może podpisywać)</translation>
    </message>
    <message>
        <source>I understand: the plain file must be kept as secret as a password</source>
        <translation>Rozumiem: zwykły plik trzeba chronić tak jak hasło</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Plik klucza</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Plik &amp;klucza:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Hasło ponownie</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ponownie:</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Utwórz klucz</translation>
    </message>
    <message>
        <source>Where to keep the key</source>
        <translation>Gdzie przechowywać klucz</translation>
    </message>
    <message>
        <source>Signing keys (*.key)</source>
        <translation>Klucze do podpisywania (*.key)</translation>
    </message>
    <message>
        <source>Choose where to keep the key file.</source>
        <translation>Wybierz, gdzie przechowywać plik klucza.</translation>
    </message>
    <message>
        <source>Tick the box to keep the key in a plain file.</source>
        <translation>Zaznacz pole, aby przechowywać klucz w zwykłym pliku.</translation>
    </message>
    <message>
        <source>A passphrase has at least %1 characters.</source>
        <translation>Hasło ma co najmniej %1 znaków.</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notification</source>
        <translation>Powiadomienie</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Zamknij powiadomienie</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Publishing failed; it will be retried: %1</source>
        <translation>Publikacja nie powiodła się; nastąpi ponowna próba: %1</translation>
    </message>
    <message>
        <source>Sign in again soon: %1</source>
        <translation>Wkrótce zaloguj się ponownie: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) published</source>
        <translation>
            <numerusform>Opublikowano %n post</numerusform>
            <numerusform>Opublikowano %n posty</numerusform>
            <numerusform>Opublikowano %n postów</numerusform>
        </translation>
    </message>
    <message>
        <source>Post published</source>
        <translation>Post opublikowany</translation>
    </message>
    <message>
        <source>Your post is out.</source>
        <translation>Twój post został opublikowany.</translation>
    </message>
    <message>
        <source>Publish it now, give it a new time, or cancel it.</source>
        <translation>Opublikuj go teraz, wyznacz nowy termin albo go anuluj.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) missed their time</source>
        <translation>
            <numerusform>%n post został pominięty</numerusform>
            <numerusform>%n posty zostały pominięte</numerusform>
            <numerusform>%n postów zostało pominiętych</numerusform>
        </translation>
    </message>
    <message>
        <source>A post missed its time</source>
        <translation>Post nie wyszedł o zaplanowanej porze</translation>
    </message>
    <message>
        <source>The network signed this account out. Its posts wait until you sign in again.</source>
        <translation>Sieć wylogowała to konto. Jego posty czekają, aż zalogujesz się ponownie.</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Wymagane logowanie</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in(s) expire soon</source>
        <translation>
            <numerusform>Wkrótce wygasa %n logowanie</numerusform>
            <numerusform>Wkrótce wygasają %n logowania</numerusform>
            <numerusform>Wkrótce wygasa %n logowań</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again so their posts keep going out.</source>
        <translation>Zaloguj się ponownie, aby posty z tych kont nadal wychodziły.</translation>
    </message>
    <message>
        <source>Sign-in expired</source>
        <translation>Logowanie wygasło</translation>
    </message>
    <message>
        <source>The sign-in of %1 has expired. Its posts wait until you sign in again.</source>
        <translation>Logowanie konta %1 wygasło. Jego posty czekają, aż zalogujesz się ponownie.</translation>
    </message>
    <message>
        <source>Sign-in expires soon</source>
        <translation>Logowanie wkrótce wygaśnie</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in of %1 expires in %n day(s). Sign in again so its posts keep going out.</source>
        <translation>
            <numerusform>Logowanie konta %1 wygasa za %n dzień. Zaloguj się ponownie, aby jego posty nadal wychodziły.</numerusform>
            <numerusform>Logowanie konta %1 wygasa za %n dni. Zaloguj się ponownie, aby jego posty nadal wychodziły.</numerusform>
            <numerusform>Logowanie konta %1 wygasa za %n dni. Zaloguj się ponownie, aby jego posty nadal wychodziły.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) need your attention</source>
        <translation>
            <numerusform>%n post wymaga Twojej uwagi</numerusform>
            <numerusform>%n posty wymagają Twojej uwagi</numerusform>
            <numerusform>%n postów wymaga Twojej uwagi</numerusform>
        </translation>
    </message>
    <message>
        <source>They were not published.</source>
        <translation>Nie zostały opublikowane.</translation>
    </message>
    <message>
        <source>A post was not published</source>
        <translation>Post nie został opublikowany</translation>
    </message>
    <message>
        <source>Open post</source>
        <translation>Otwórz post</translation>
    </message>
    <message>
        <source>Open in the Queue</source>
        <translation>Otwórz w Kolejce</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Ustawienia konta</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
</context>
<context>
    <name>OwnWordsMeter</name>
    <message>
        <source>Share of the post that is still the suggested text</source>
        <translation>Część posta, która wciąż jest proponowanym tekstem</translation>
    </message>
    <message>
        <source>Own words</source>
        <translation>Własne słowa</translation>
    </message>
    <message>
        <source>How much of your post is still the suggested text, word for word (links, hashtags and mentions are not counted). Posts in your own words read as yours; this never stops you from publishing.</source>
        <translation>Jaka część posta to wciąż proponowany tekst, słowo w słowo (linki, hashtagi i wzmianki się nie liczą). Post napisany własnymi słowami brzmi jak Twój; ta informacja nigdy nie blokuje publikacji.</translation>
    </message>
    <message>
        <source>Still the suggested text word for word. A sentence of your own makes the post sound like you.</source>
        <translation>Wciąż słowo w słowo proponowany tekst. Zdanie od siebie sprawi, że post zabrzmi jak Twój.</translation>
    </message>
    <message>
        <source>%1 % of the post is still the suggested text. A few words of your own make it sound like you.</source>
        <translation>%1% posta to wciąż proponowany tekst. Kilka słów od siebie sprawi, że zabrzmi jak Twój.</translation>
    </message>
    <message>
        <source>%1 % of the post is still the suggested text.</source>
        <translation>%1% posta to wciąż proponowany tekst.</translation>
    </message>
    <message>
        <source>Mostly in your own words (%1 % is the suggested text).</source>
        <translation>Głównie własnymi słowami (%1% to proponowany tekst).</translation>
    </message>
</context>
<context>
    <name>PaceSettingsPage</name>
    <message>
        <source>Limits that keep your accounts from looking like spam. Your content packs or your IT department may set stricter ones; the strictest limit always applies.</source>
        <translation>Limity, dzięki którym Twoje konta nie wyglądają na spam. Pakiety treści lub dział IT mogą ustawić ostrzejsze; zawsze obowiązuje najostrzejszy limit.</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Strefa czasowa tego komputera</translation>
    </message>
    <message>
        <source>e.g. 22:00-07:00</source>
        <translation>np. 22:00-07:00</translation>
    </message>
    <message>
        <source>Write quiet hours as HH:MM-HH:MM, e.g. 22:00-07:00.</source>
        <translation>Wpisz godziny ciszy jako GG:MM-GG:MM, np. 22:00-07:00.</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>&amp;New pack…</source>
        <translation>&amp;Nowy pakiet…</translation>
    </message>
    <message>
        <source>Open pack &amp;folder…</source>
        <translation>Otwórz &amp;folder pakietu…</translation>
    </message>
    <message>
        <source>Open pack &amp;zip…</source>
        <translation>Otwórz plik &amp;zip pakietu…</translation>
    </message>
    <message>
        <source>&amp;Recent packs:</source>
        <translation>&amp;Ostatnie pakiety:</translation>
    </message>
    <message>
        <source>Recent packs</source>
        <translation>Ostatnie pakiety</translation>
    </message>
    <message>
        <source>Activate one to open it</source>
        <translation>Wybierz jeden, aby go otworzyć</translation>
    </message>
    <message>
        <source>The open pack</source>
        <translation>Otwarty pakiet</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Położenie:</translation>
    </message>
    <message>
        <source>Pack title</source>
        <translation>Tytuł pakietu</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>Język pakietu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Disclosure (%1)</source>
        <translation>Ujawnienie (%1)</translation>
    </message>
    <message>
        <source>e.g. #IWorkAtNordvik</source>
        <translation>np. #pracujęwNordvik</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Pozycje:</translation>
    </message>
    <message>
        <source>Suggested texts:</source>
        <translation>Proponowane teksty:</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Zasady:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemy:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Podpis:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
    <message>
        <source>Not signed yet: sign it when you build it.</source>
        <translation>Jeszcze niepodpisany: podpiszesz go przy budowaniu.</translation>
    </message>
    <message>
        <source>No pack is open.</source>
        <translation>Żaden pakiet nie jest otwarty.</translation>
    </message>
    <message>
        <source>%1 (a zip: Save writes the pack into a folder you choose)</source>
        <translation>%1 (plik zip: Zapisz zapisuje pakiet w wybranym przez Ciebie folderze)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Jeszcze niezapisany</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since it was signed: build it to sign it again.</source>
        <translation>Zmieniony od podpisania: zbuduj go, aby podpisać ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s)</source>
        <translation>
            <numerusform>%n tekst</numerusform>
            <numerusform>%n teksty</numerusform>
            <numerusform>%n tekstów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked in the app</source>
        <translation>
            <numerusform>%n zablokowany w aplikacji</numerusform>
            <numerusform>%n zablokowane w aplikacji</numerusform>
            <numerusform>%n zablokowanych w aplikacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n z ostrzeżeniami</numerusform>
            <numerusform>%n z ostrzeżeniami</numerusform>
            <numerusform>%n z ostrzeżeniami</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not load, so the app would refuse the pack: %1</source>
        <translation>Nie wczytują się, więc aplikacja odrzuciłaby pakiet: %1</translation>
    </message>
    <message>
        <source>No policy.json: only the built-in rules apply.</source>
        <translation>Brak policy.json: obowiązują tylko wbudowane reguły.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), over the built-in rules</source>
        <translation>
            <numerusform>%n reguła ponad wbudowanymi</numerusform>
            <numerusform>%n reguły ponad wbudowanymi</numerusform>
            <numerusform>%n reguł ponad wbudowanymi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1 (key %2); every file matches.</source>
        <translation>Podpisany przez: %1 (klucz %2); wszystkie pliki się zgadzają.</translation>
    </message>
    <message>
        <source>Signature valid, signed with key %1; every file matches. Employees&apos; apps accept it once IT trusts that key.</source>
        <translation>Podpis ważny, złożony kluczem %1; wszystkie pliki się zgadzają. Aplikacje pracowników przyjmą go, gdy dział IT zaufa temu kluczowi.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Niepodpisany.</translation>
    </message>
    <message>
        <source>Signed with key %1, which cannot be checked here.</source>
        <translation>Podpisany kluczem %1, którego nie da się tu sprawdzić.</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NIEWAŻNY: %1</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Policy</source>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reguły</translation>
    </message>
    <message>
        <source>Confidential terms</source>
        <translation>Poufne nazwy</translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation>Reguły wbudowane</translation>
    </message>
    <message>
        <source>This policy cannot be edited here: its &quot;rules&quot; are not a list. Fix policy.json in a text editor (lint names the fault); it is kept as it is.</source>
        <translation>Tych zasad nie można tu edytować: ich „rules” nie jest listą. Popraw policy.json w edytorze tekstu (lint wskaże błąd); plik pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>The built-in rules cannot be read: %1</source>
        <translation>Nie można odczytać reguł wbudowanych: %1</translation>
    </message>
    <message>
        <source>The pack&apos;s rules check every post employees write from it, with the built-in rules. Choose a rule to see which sample posts it catches.</source>
        <translation>Reguły pakietu treści sprawdzają, razem z regułami wbudowanymi, każdy post, który pracownicy na jego podstawie napiszą. Wybierz regułę, aby zobaczyć, które przykładowe posty wychwytuje.</translation>
    </message>
    <message>
        <source>Rules of this pack</source>
        <translation>Reguły tego pakietu treści</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Dodaj regułę…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Przykłady</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Wszystkie sieci</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Wszystkie języki</translation>
    </message>
    <message>
        <source>This rule cannot be used as written: %1</source>
        <translation>Tej reguły nie da się użyć w obecnej postaci: %1</translation>
    </message>
    <message>
        <source>These rules come with the app and always apply. A pack can make them stricter, never weaker: choose one and tighten it.</source>
        <translation>Te reguły są wbudowane w aplikację i obowiązują zawsze. Pakiet treści może je zaostrzyć, ale nigdy złagodzić: wybierz regułę i ją zaostrz.</translation>
    </message>
    <message>
        <source>Tighten this rule…</source>
        <translation>Zaostrz tę regułę…</translation>
    </message>
    <message>
        <source>Could not try the rules on the samples: %1</source>
        <translation>Nie udało się sprawdzić przykładów regułami: %1</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nieużywana</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
</context>
<context>
    <name>PolicyPanel</name>
    <message>
        <source>Policy check</source>
        <translation>Sprawdzenie zgodności z polityką</translation>
    </message>
    <message>
        <source>Open an item to check your post.</source>
        <translation>Otwórz materiał, aby sprawdzić swój post.</translation>
    </message>
    <message>
        <source>Policy findings</source>
        <translation>Uwagi do posta</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Popraw</translation>
    </message>
    <message>
        <source>Apply the suggested change to the selected finding</source>
        <translation>Zastosuj proponowaną zmianę do wybranej uwagi</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blokuje</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugestia</translation>
    </message>
    <message>
        <source>What the policy check found in your post; select one to see it in the text</source>
        <translation>Co sprawdzenie zgodności z polityką znalazło w Twoim poście; wybierz uwagę, aby zobaczyć ją w tekście</translation>
    </message>
    <message>
        <source>Policy section: %1</source>
        <translation>Rozdział polityki: %1</translation>
    </message>
    <message>
        <source>No findings: the post follows the policy.</source>
        <translation>Brak uwag: post jest zgodny z polityką.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) block publishing</source>
        <translation>
            <numerusform>%n uwaga blokuje publikację</numerusform>
            <numerusform>%n uwagi blokują publikację</numerusform>
            <numerusform>%n uwag blokuje publikację</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n sugestia</numerusform>
            <numerusform>%n sugestie</numerusform>
            <numerusform>%n sugestii</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyRulesDialog</name>
    <message>
        <source>Policy rules</source>
        <translation>Zasady polityki</translation>
    </message>
    <message>
        <source>These rules check your posts on this computer while you write and again when a post goes out. Nothing you write is sent anywhere to be checked.</source>
        <translation>Te zasady sprawdzają Twoje posty na tym komputerze podczas pisania i jeszcze raz przy publikacji. Nic, co piszesz, nie jest nigdzie wysyłane do sprawdzenia.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>Co sprawdza</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Skąd</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Open the policy page</source>
        <translation>Otwórz stronę polityki</translation>
    </message>
    <message>
        <source>Confidential names</source>
        <translation>Poufne nazwy</translation>
    </message>
    <message>
        <source>Brand spelling</source>
        <translation>Pisownia marek</translation>
    </message>
    <message>
        <source>Saying that you work here</source>
        <translation>Informacja, że tu pracujesz</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <source>Passwords and keys</source>
        <translation>Hasła i klucze</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Linki</translation>
    </message>
    <message>
        <source>Language and sensitive topics</source>
        <translation>Język i drażliwe tematy</translation>
    </message>
    <message>
        <source>Your team&apos;s own pattern</source>
        <translation>Własny wzorzec zespołu</translation>
    </message>
    <message>
        <source>Length on each network</source>
        <translation>Długość w każdej sieci</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Wbudowane</translation>
    </message>
    <message>
        <source>Your IT department</source>
        <translation>Twój dział IT</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s), with their forms</source>
        <translation>
            <numerusform>%n nazwa z odmianą</numerusform>
            <numerusform>%n nazwy z odmianą</numerusform>
            <numerusform>%n nazw z odmianą</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spelling(s)</source>
        <translation>
            <numerusform>%n pisownia</numerusform>
            <numerusform>%n pisownie</numerusform>
            <numerusform>%n pisowni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked site(s)</source>
        <translation>
            <numerusform>%n zablokowana witryna</numerusform>
            <numerusform>%n zablokowane witryny</numerusform>
            <numerusform>%n zablokowanych witryn</numerusform>
        </translation>
    </message>
    <message>
        <source>profanity</source>
        <translation>wulgaryzmy</translation>
    </message>
    <message>
        <source>sensitive topics</source>
        <translation>drażliwe tematy</translation>
    </message>
    <message numerus="yes">
        <source>%n own word(s)</source>
        <translation>
            <numerusform>%n własne słowo</numerusform>
            <numerusform>%n własne słowa</numerusform>
            <numerusform>%n własnych słów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyTexts</name>
    <message>
        <source>Confidential names</source>
        <translation>Poufne nazwy</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Pisownia</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Ujawnienie zatrudnienia</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <source>Keys and tokens</source>
        <translation>Klucze i tokeny</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Linki</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Own pattern</source>
        <translation>Własny wzorzec</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <source>Client names and codenames that must not be published, in every Polish form.</source>
        <translation>Nazwy klientów i nazwy kodowe, których nie wolno publikować, we wszystkich polskich formach.</translation>
    </message>
    <message>
        <source>Wrong spellings of a name, each with the right one as its fix.</source>
        <translation>Błędne zapisy nazwy, każdy z poprawnym zapisem jako poprawką.</translation>
    </message>
    <message>
        <source>Asks the author to say at the start that they work for the company. It tightens the built-in disclosure rule.</source>
        <translation>Wymaga, aby autor na początku posta napisał, że pracuje w firmie. Zaostrza wbudowaną regułę ujawnienia.</translation>
    </message>
    <message>
        <source>Personal data: e-mail addresses, phone and identity numbers.</source>
        <translation>Dane osobowe: adresy e-mail, numery telefonów i numery identyfikacyjne.</translation>
    </message>
    <message>
        <source>API keys, tokens and private keys pasted by mistake.</source>
        <translation>Klucze API, tokeny i klucze prywatne wklejone przez pomyłkę.</translation>
    </message>
    <message>
        <source>Links to blocked sites, to sites outside an allow-list, or plain http.</source>
        <translation>Linki do zablokowanych witryn, do witryn spoza listy dozwolonych albo przez zwykłe http.</translation>
    </message>
    <message>
        <source>Swearing and sensitive topics from the shipped word lists, or own words.</source>
        <translation>Wulgaryzmy i drażliwe tematy z dołączonych list słów albo własne słowa.</translation>
    </message>
    <message>
        <source>Your own regular expression (the regex package&apos;s syntax).</source>
        <translation>Własne wyrażenie regularne (składnia pakietu regex).</translation>
    </message>
    <message>
        <source>At most this many hashtags or @-mentions per network.</source>
        <translation>Najwyżej tyle hashtagów lub oznaczeń @ w danej sieci.</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>Identyfikator reguły</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Severity per reason</source>
        <translation>Waga według powodu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Policy page</source>
        <translation>Strona zasad</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Wyjątki</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Nazwy</translation>
    </message>
    <message>
        <source>Spellings</source>
        <translation>Zapisy</translation>
    </message>
    <message>
        <source>Employer&apos;s name</source>
        <translation>Nazwa pracodawcy</translation>
    </message>
    <message>
        <source>Products and brands</source>
        <translation>Produkty i marki</translation>
    </message>
    <message>
        <source>Accepted labels</source>
        <translation>Akceptowane oznaczenia</translation>
    </message>
    <message>
        <source>Labels that do not count</source>
        <translation>Oznaczenia, które nie wystarczą</translation>
    </message>
    <message>
        <source>Label must start within</source>
        <translation>Oznaczenie musi się zaczynać w obrębie</translation>
    </message>
    <message>
        <source>Personal data to find</source>
        <translation>Wyszukiwane dane osobowe</translation>
    </message>
    <message>
        <source>Phone numbers read as in</source>
        <translation>Numery telefonów odczytywane jak w kraju</translation>
    </message>
    <message>
        <source>National numbers of</source>
        <translation>Krajowe numery identyfikacyjne krajów</translation>
    </message>
    <message>
        <source>Report likely typos</source>
        <translation>Zgłaszaj prawdopodobne literówki</translation>
    </message>
    <message>
        <source>Blocked sites</source>
        <translation>Zablokowane witryny</translation>
    </message>
    <message>
        <source>Allowed sites</source>
        <translation>Dozwolone witryny</translation>
    </message>
    <message>
        <source>Report plain http links</source>
        <translation>Zgłaszaj linki przez zwykłe http</translation>
    </message>
    <message>
        <source>Word lists</source>
        <translation>Listy słów</translation>
    </message>
    <message>
        <source>Only these categories</source>
        <translation>Tylko te kategorie</translation>
    </message>
    <message>
        <source>Category of own terms</source>
        <translation>Kategoria własnych słów</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Wyrażenie regularne</translation>
    </message>
    <message>
        <source>Ignore letter case</source>
        <translation>Ignoruj wielkość liter</translation>
    </message>
    <message>
        <source>Most hashtags</source>
        <translation>Najwięcej hashtagów</translation>
    </message>
    <message>
        <source>Most @-mentions</source>
        <translation>Najwięcej oznaczeń @</translation>
    </message>
    <message>
        <source>Internal address</source>
        <translation>Adres wewnętrzny</translation>
    </message>
    <message>
        <source>Blocked site</source>
        <translation>Zablokowana witryna</translation>
    </message>
    <message>
        <source>Site not allowed</source>
        <translation>Witryna spoza dozwolonych</translation>
    </message>
    <message>
        <source>Plain http</source>
        <translation>Zwykłe http</translation>
    </message>
    <message>
        <source>No campaign parameters</source>
        <translation>Brak parametrów kampanii</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Za długi</translation>
    </message>
    <message>
        <source>Too many hashtags</source>
        <translation>Za dużo hashtagów</translation>
    </message>
    <message>
        <source>Too many @-mentions</source>
        <translation>Za dużo oznaczeń @</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Brak oznaczenia</translation>
    </message>
    <message>
        <source>Label that does not count</source>
        <translation>Oznaczenie, które nie wystarcza</translation>
    </message>
    <message>
        <source>Label too late</source>
        <translation>Oznaczenie za daleko</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresy e-mail</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numery telefonów</translation>
    </message>
    <message>
        <source>PESEL numbers</source>
        <translation>Numery PESEL</translation>
    </message>
    <message>
        <source>NIP tax numbers</source>
        <translation>Numery NIP</translation>
    </message>
    <message>
        <source>REGON numbers</source>
        <translation>Numery REGON</translation>
    </message>
    <message>
        <source>Bank accounts (IBAN)</source>
        <translation>Rachunki bankowe (IBAN)</translation>
    </message>
    <message>
        <source>Payment cards</source>
        <translation>Karty płatnicze</translation>
    </message>
    <message>
        <source>Polish identity cards</source>
        <translation>Polskie dowody osobiste</translation>
    </message>
    <message>
        <source>Polish passports</source>
        <translation>Polskie paszporty</translation>
    </message>
    <message>
        <source>Other national numbers</source>
        <translation>Inne krajowe numery identyfikacyjne</translation>
    </message>
    <message>
        <source>Swearing and insults</source>
        <translation>Wulgaryzmy i obelgi</translation>
    </message>
    <message>
        <source>Sensitive topics</source>
        <translation>Drażliwe tematy</translation>
    </message>
    <message>
        <source>singular nominative</source>
        <translation>mianownik l. poj.</translation>
    </message>
    <message>
        <source>singular genitive</source>
        <translation>dopełniacz l. poj.</translation>
    </message>
    <message>
        <source>singular dative</source>
        <translation>celownik l. poj.</translation>
    </message>
    <message>
        <source>singular accusative</source>
        <translation>biernik l. poj.</translation>
    </message>
    <message>
        <source>singular instrumental</source>
        <translation>narzędnik l. poj.</translation>
    </message>
    <message>
        <source>singular locative</source>
        <translation>miejscownik l. poj.</translation>
    </message>
    <message>
        <source>singular vocative</source>
        <translation>wołacz l. poj.</translation>
    </message>
    <message>
        <source>plural nominative</source>
        <translation>mianownik l. mn.</translation>
    </message>
    <message>
        <source>plural genitive</source>
        <translation>dopełniacz l. mn.</translation>
    </message>
    <message>
        <source>plural dative</source>
        <translation>celownik l. mn.</translation>
    </message>
    <message>
        <source>plural accusative</source>
        <translation>biernik l. mn.</translation>
    </message>
    <message>
        <source>plural instrumental</source>
        <translation>narzędnik l. mn.</translation>
    </message>
    <message>
        <source>plural locative</source>
        <translation>miejscownik l. mn.</translation>
    </message>
    <message>
        <source>plural vocative</source>
        <translation>wołacz l. mn.</translation>
    </message>
    <message>
        <source>Forms from the Polish dictionary (Morfeusz 2, SGJP).</source>
        <translation>Formy ze słownika języka polskiego (Morfeusz 2, SGJP).</translation>
    </message>
    <message>
        <source>Not in the dictionary: declined like “%1”. Check the forms.</source>
        <translation>Brak w słowniku: odmienione jak „%1”. Sprawdź formy.</translation>
    </message>
    <message>
        <source>Declined like “%1” without the dictionary (Morfeusz 2 is not installed). Check the forms.</source>
        <translation>Odmienione jak „%1” bez słownika (Morfeusz 2 nie jest zainstalowany). Sprawdź formy.</translation>
    </message>
    <message>
        <source>No Polish forms found. Add them by hand, or choose a noun that declines the same way.</source>
        <translation>Nie znaleziono polskich form. Dodaj je ręcznie albo wybierz rzeczownik, który odmienia się tak samo.</translation>
    </message>
    <message>
        <source>Choose one of the severities offered.</source>
        <translation>Wybierz jedną z dostępnych wag.</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Uzupełnij to pole.</translation>
    </message>
    <message>
        <source>Write the message in at least one language.</source>
        <translation>Napisz komunikat w co najmniej jednym języku.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Komunikat jest pusty.</translation>
    </message>
    <message>
        <source>Add at least one term.</source>
        <translation>Dodaj co najmniej jedną nazwę.</translation>
    </message>
    <message>
        <source>Add at least one spelling.</source>
        <translation>Dodaj co najmniej jeden zapis.</translation>
    </message>
    <message>
        <source>Give at least one wrong spelling.</source>
        <translation>Podaj co najmniej jeden błędny zapis.</translation>
    </message>
    <message>
        <source>Write a regular expression.</source>
        <translation>Wpisz wyrażenie regularne.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>To nie jest poprawne wyrażenie regularne: %1</translation>
    </message>
    <message>
        <source>“%1” is too short to say anything: a label needs 4 letters or more.</source>
        <translation>„%1” jest za krótkie, żeby cokolwiek znaczyć: oznaczenie musi mieć co najmniej 4 litery.</translation>
    </message>
    <message>
        <source>Give at least one label.</source>
        <translation>Podaj co najmniej jedno oznaczenie.</translation>
    </message>
    <message>
        <source>Use two-letter country codes from this list: %1</source>
        <translation>Użyj dwuliterowych kodów krajów z tej listy: %1</translation>
    </message>
    <message>
        <source>Use a two-letter country code, such as PL.</source>
        <translation>Użyj dwuliterowego kodu kraju, np. PL.</translation>
    </message>
    <message>
        <source>Tick at least one word list or add terms.</source>
        <translation>Zaznacz co najmniej jedną listę słów albo dodaj słowa.</translation>
    </message>
    <message>
        <source>Write domains such as careers.example.com, one per line.</source>
        <translation>Wpisz domeny, np. careers.example.com, po jednej w wierszu.</translation>
    </message>
    <message>
        <source>Another rule already has the id “%1”.</source>
        <translation>Inna reguła ma już identyfikator „%1”.</translation>
    </message>
    <message>
        <source>A built-in rule of this id checks something else (%1); use another id.</source>
        <translation>Wbudowana reguła o tym identyfikatorze sprawdza coś innego (%1); użyj innego identyfikatora.</translation>
    </message>
    <message>
        <source>Cannot lower the built-in severity.</source>
        <translation>Nie można obniżyć wagi reguły wbudowanej.</translation>
    </message>
    <message>
        <source>Cannot lower the built-in severity for this reason.</source>
        <translation>Nie można obniżyć wagi reguły wbudowanej dla tego powodu.</translation>
    </message>
    <message>
        <source>The built-in rule applies to every network.</source>
        <translation>Reguła wbudowana dotyczy wszystkich sieci.</translation>
    </message>
    <message>
        <source>The built-in rule applies to every language.</source>
        <translation>Reguła wbudowana dotyczy wszystkich języków.</translation>
    </message>
    <message>
        <source>Cannot add exceptions to a built-in rule.</source>
        <translation>Nie można dodać wyjątków do reguły wbudowanej.</translation>
    </message>
    <message>
        <source>Cannot switch this off in a built-in rule.</source>
        <translation>Nie można tego wyłączyć w regule wbudowanej.</translation>
    </message>
    <message>
        <source>Cannot change this in a built-in rule.</source>
        <translation>Nie można tego zmienić w regule wbudowanej.</translation>
    </message>
    <message>
        <source>Cannot allow sites the built-in rule does not.</source>
        <translation>Nie można dopuścić witryn, których nie dopuszcza reguła wbudowana.</translation>
    </message>
    <message>
        <source>The built-in rule covers every category.</source>
        <translation>Reguła wbudowana obejmuje wszystkie kategorie.</translation>
    </message>
    <message>
        <source>Built-in rules can only be tightened: %1</source>
        <translation>Reguły wbudowane można tylko zaostrzać: %1</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 z %3</translation>
    </message>
    <message>
        <source>This text is too long to check: %1 characters, and the check takes at most %2. Shorten it; no network takes a post this long.</source>
        <translation>Ten tekst jest za długi, by go sprawdzić: ma %1 znaków, a sprawdzanie obejmuje najwyżej %2. Skróć go; żadna sieć nie przyjmie tak długiego posta.</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>Signing key</source>
        <translation>Klucz do podpisywania</translation>
    </message>
    <message>
        <source>Create key…</source>
        <translation>Utwórz klucz…</translation>
    </message>
    <message>
        <source>Use a key file…</source>
        <translation>Użyj pliku klucza…</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Klucz:</translation>
    </message>
    <message>
        <source>Who signs</source>
        <translation>Kto podpisuje</translation>
    </message>
    <message>
        <source>e.g. Nordvik Communications</source>
        <translation>np. Komunikacja Nordvik</translation>
    </message>
    <message>
        <source>&amp;Who signs:</source>
        <translation>Kto &amp;podpisuje:</translation>
    </message>
    <message>
        <source>The public key to give to IT</source>
        <translation>Klucz publiczny do przekazania działowi IT</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Kopiuj klucz publiczny</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Klucz publiczny:</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Wydanie</translation>
    </message>
    <message>
        <source>The pack expires</source>
        <translation>Pakiet wygasa</translation>
    </message>
    <message>
        <source>Pack expires at</source>
        <translation>Pakiet wygasa</translation>
    </message>
    <message>
        <source>&amp;Expires at:</source>
        <translation>&amp;Wygasa:</translation>
    </message>
    <message>
        <source>&amp;Build and verify</source>
        <translation>&amp;Zbuduj i sprawdź</translation>
    </message>
    <message>
        <source>&amp;Save pack as…</source>
        <translation>Zapi&amp;sz pakiet jako…</translation>
    </message>
    <message>
        <source>&amp;Open in the app</source>
        <translation>&amp;Otwórz w aplikacji</translation>
    </message>
    <message>
        <source>Se&amp;rve and open in the app</source>
        <translation>&amp;Udostępnij i otwórz w aplikacji</translation>
    </message>
    <message>
        <source>S&amp;top serving</source>
        <translation>Za&amp;trzymaj udostępnianie</translation>
    </message>
    <message>
        <source>What was built, and its verification</source>
        <translation>Co zbudowano i wynik sprawdzenia</translation>
    </message>
    <message>
        <source>The keyring could not be read: %1</source>
        <translation>Nie udało się odczytać pęku kluczy: %1</translation>
    </message>
    <message>
        <source>Keyring: %1</source>
        <translation>Pęk kluczy: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Plik: %1</translation>
    </message>
    <message>
        <source>Key %1 created. Give its public key to IT so the app trusts the packs.</source>
        <translation>Utworzono klucz %1. Przekaż jego klucz publiczny działowi IT, aby aplikacja ufała pakietom.</translation>
    </message>
    <message>
        <source>No key created</source>
        <translation>Nie utworzono klucza</translation>
    </message>
    <message>
        <source>%1. Choose another file.</source>
        <translation>%1. Wybierz inny plik.</translation>
    </message>
    <message>
        <source>Use a signing key file</source>
        <translation>Użyj pliku klucza do podpisywania</translation>
    </message>
    <message>
        <source>Signing keys (*.key)</source>
        <translation>Klucze do podpisywania (*.key)</translation>
    </message>
    <message>
        <source>Public key copied.</source>
        <translation>Skopiowano klucz publiczny.</translation>
    </message>
    <message>
        <source>Open the studio from the app to preview packs there.</source>
        <translation>Otwórz studio z aplikacji, aby oglądać w niej pakiety.</translation>
    </message>
    <message>
        <source>The pack changed since it was built: build it again.</source>
        <translation>Pakiet zmienił się od zbudowania: zbuduj go ponownie.</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Budowanie…</translation>
    </message>
    <message>
        <source>Save the pack to build it.</source>
        <translation>Zapisz pakiet, aby go zbudować.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>The passphrase did not unlock the key. Passphrase of %1:</source>
        <translation>Hasło nie odblokowało klucza. Hasło do %1:</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Hasło do %1:</translation>
    </message>
    <message>
        <source>Not built: the key stays locked.</source>
        <translation>Nie zbudowano: klucz pozostaje zablokowany.</translation>
    </message>
    <message numerus="yes">
        <source>Not built: %n error(s) to fix first (see Lint).</source>
        <translation>
            <numerusform>Nie zbudowano: najpierw popraw %n błąd (zob. Kontrola).</numerusform>
            <numerusform>Nie zbudowano: najpierw popraw %n błędy (zob. Kontrola).</numerusform>
            <numerusform>Nie zbudowano: najpierw popraw %n błędów (zob. Kontrola).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not built: an image has no alt text (%1). Describe every image in its item&apos;s language.</source>
        <translation>Nie zbudowano: obraz nie ma tekstu alternatywnego (%1). Opisz każdy obraz w języku jego pozycji.</translation>
    </message>
    <message>
        <source>Not built: %1</source>
        <translation>Nie zbudowano: %1</translation>
    </message>
    <message>
        <source>Built %1: %2 files, %3 KB, version %4.</source>
        <translation>Zbudowano %1: plików: %2, %3 KB, wersja %4.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Sprawdzono: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lint warning(s) (see Lint).</source>
        <translation>
            <numerusform>%n ostrzeżenie kontroli (zob. Kontrola).</numerusform>
            <numerusform>%n ostrzeżenia kontroli (zob. Kontrola).</numerusform>
            <numerusform>%n ostrzeżeń kontroli (zob. Kontrola).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the pack</source>
        <translation>Zapisz pakiet</translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation>Pakiety treści (*.zip)</translation>
    </message>
    <message>
        <source>The pack was not saved</source>
        <translation>Nie zapisano pakietu</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <source>Serving on this computer only at %1 until you stop it.</source>
        <translation>Udostępniana tylko na tym komputerze pod adresem %1, dopóki tego nie zatrzymasz.</translation>
    </message>
    <message>
        <source>Not served</source>
        <translation>Nie udostępniono</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation>Usunięte konto</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Opublikuj teraz</translation>
    </message>
    <message>
        <source>Show posts in state</source>
        <translation>Pokaż posty w stanie</translation>
    </message>
    <message>
        <source>Show posts of account</source>
        <translation>Pokaż posty konta</translation>
    </message>
    <message>
        <source>Show posts for network</source>
        <translation>Pokaż posty dla sieci</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Treść posta</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historia:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Zmień termin…</translation>
    </message>
    <message>
        <source>Cancel post</source>
        <translation>Anuluj post</translation>
    </message>
    <message>
        <source>Open post</source>
        <translation>Otwórz post</translation>
    </message>
    <message>
        <source>Share on…</source>
        <translation>Udostępnij w…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Usuń szkic</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Bring the deleted draft back (Ctrl+Z)</source>
        <translation>Przywróć usunięty szkic (Ctrl+Z)</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Nie udało się odczytać kolejki: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posty</numerusform>
            <numerusform>%n postów</numerusform>
        </translation>
    </message>
    <message>
        <source>All states (%1)</source>
        <translation>Wszystkie stany (%1)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Wszystkie konta</translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation>Usunięte konto</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Wszystkie sieci</translation>
    </message>
    <message>
        <source>Select a post to see its details and history.</source>
        <translation>Wybierz post, aby zobaczyć jego szczegóły i historię.</translation>
    </message>
    <message>
        <source>The content it shares expired on %1: it can no longer be published.</source>
        <translation>Treść, którą udostępnia, wygasła %1: nie można już jej opublikować.</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Obrazy: %1</translation>
    </message>
    <message>
        <source>Published at: %1</source>
        <translation>Opublikowany pod adresem: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzony</translation>
    </message>
    <message>
        <source>You scheduled it</source>
        <translation>Zaplanowany przez Ciebie</translation>
    </message>
    <message>
        <source>You changed its time</source>
        <translation>Termin zmieniony przez Ciebie</translation>
    </message>
    <message>
        <source>You confirmed it</source>
        <translation>Potwierdzony przez Ciebie</translation>
    </message>
    <message>
        <source>You cancelled it</source>
        <translation>Anulowany przez Ciebie</translation>
    </message>
    <message>
        <source>Back to the editor</source>
        <translation>Z powrotem w edytorze</translation>
    </message>
    <message>
        <source>Stopped by the checks before publishing</source>
        <translation>Zatrzymany przez sprawdzenie przed publikacją</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Opublikowany</translation>
    </message>
    <message>
        <source>Found published after a restart</source>
        <translation>Po ponownym uruchomieniu okazało się, że został opublikowany</translation>
    </message>
    <message>
        <source>Interrupted: the app stopped while publishing</source>
        <translation>Przerwany: aplikacja zatrzymała się w trakcie publikowania</translation>
    </message>
    <message>
        <source>Its time passed while the app was not running</source>
        <translation>Jego termin minął, gdy aplikacja nie działała</translation>
    </message>
    <message>
        <source>Not known whether it went out</source>
        <translation>Nie wiadomo, czy został opublikowany</translation>
    </message>
    <message>
        <source>Gave up after several attempts</source>
        <translation>Zrezygnowano po kilku nieudanych próbach</translation>
    </message>
    <message>
        <source>Blocked by the policy in force</source>
        <translation>Zablokowany przez obowiązującą politykę</translation>
    </message>
    <message>
        <source>Its account was removed</source>
        <translation>Jego konto zostało usunięte</translation>
    </message>
    <message>
        <source>Its account&apos;s settings are incomplete</source>
        <translation>Ustawienia jego konta są niekompletne</translation>
    </message>
    <message>
        <source>The outbox folder could not be written</source>
        <translation>Nie udało się zapisać w folderze skrzynki nadawczej</translation>
    </message>
    <message>
        <source>The content it shares expired</source>
        <translation>Udostępniany w nim materiał wygasł</translation>
    </message>
    <message>
        <source>An unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>Checked and handed to the server</source>
        <translation>Sprawdzony i przekazany serwerowi</translation>
    </message>
    <message>
        <source>The server will publish it at its time</source>
        <translation>Serwer opublikuje go o wyznaczonej porze</translation>
    </message>
    <message>
        <source>Found on the server after an interruption</source>
        <translation>Znaleziony na serwerze po przerwie</translation>
    </message>
    <message>
        <source>Found published</source>
        <translation>Znaleziony jako opublikowany</translation>
    </message>
    <message>
        <source>Not on the server: the app publishes it</source>
        <translation>Nie ma go na serwerze: opublikuje go aplikacja</translation>
    </message>
    <message>
        <source>Its time was changed on the server</source>
        <translation>Jego termin zmieniono na serwerze</translation>
    </message>
    <message>
        <source>You changed it; the server&apos;s copy follows</source>
        <translation>Zmieniony przez Ciebie; kopia na serwerze zostanie dostosowana</translation>
    </message>
    <message>
        <source>Its time was changed on the server too</source>
        <translation>Jego termin zmieniono również na serwerze</translation>
    </message>
    <message>
        <source>Taken back from the server</source>
        <translation>Wycofany z serwera</translation>
    </message>
    <message>
        <source>It was no longer on the server</source>
        <translation>Nie było go już na serwerze</translation>
    </message>
    <message>
        <source>Published by the server</source>
        <translation>Opublikowany przez serwer</translation>
    </message>
    <message>
        <source>Published by the server at once</source>
        <translation>Opublikowany przez serwer od razu</translation>
    </message>
    <message>
        <source>It had already been published when you changed it</source>
        <translation>Był już opublikowany w chwili zmiany</translation>
    </message>
    <message>
        <source>Server scheduling turned off</source>
        <translation>Wyłączono planowanie na serwerze</translation>
    </message>
    <message>
        <source>Publishing paused</source>
        <translation>Publikowanie wstrzymane</translation>
    </message>
    <message>
        <source>Its account is being removed</source>
        <translation>Jego konto jest usuwane</translation>
    </message>
    <message>
        <source>Gone from the server without being published</source>
        <translation>Zniknął z serwera bez publikacji</translation>
    </message>
    <message>
        <source>You posted it on its share page</source>
        <translation>Opublikowany przez Ciebie na stronie udostępniania</translation>
    </message>
    <message>
        <source>The server did not take it (%1): the app publishes it</source>
        <translation>Serwer go nie przyjął (%1): opublikuje go aplikacja</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Próba %1</translation>
    </message>
    <message>
        <source>Draft deleted: “%1”</source>
        <translation>Usunięto szkic: „%1”</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(pusty)</translation>
    </message>
    <message>
        <source>The draft is back.</source>
        <translation>Szkic został przywrócony.</translation>
    </message>
    <message>
        <source>Not opened: %1 is not a web or file address.</source>
        <translation>Nie otwarto: %1 nie jest adresem strony ani pliku.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Nie udało się otworzyć %1</translation>
    </message>
    <message>
        <source>The server holding this post cannot be reached now. The app takes it back as soon as it can; the post then shows as a draft to edit.</source>
        <translation>Serwer, na którym czeka ten post, jest teraz nieosiągalny. Aplikacja wycofa go, gdy tylko będzie to możliwe; post pojawi się wtedy jako szkic do edycji.</translation>
    </message>
    <message>
        <source>The action failed: %1</source>
        <translation>Działanie nie powiodło się: %1</translation>
    </message>
</context>
<context>
    <name>ReferralSetting</name>
    <message>
        <source>Add my referral parameter to the links of job offers</source>
        <translation>Dodawaj mój parametr polecający do linków w ofertach pracy</translation>
    </message>
    <message>
        <source>e.g. ref=jkowalska</source>
        <translation>np. ref=jkowalska</translation>
    </message>
    <message>
        <source>Referral parameter</source>
        <translation>Parametr polecający</translation>
    </message>
    <message>
        <source>Written as name=value, as your company&apos;s careers site asks for it.</source>
        <translation>W postaci nazwa=wartość, tak jak wymaga tego strona kariery Twojej firmy.</translation>
    </message>
    <message>
        <source>Set by your organization.</source>
        <translation>Ustawione przez Twoją organizację.</translation>
    </message>
    <message>
        <source>Only on links to the company&apos;s own site in job offers you open from now on, and only while this is on. You see it in the post before it goes out.</source>
        <translation>Tylko w linkach do strony firmy w ofertach pracy otwieranych od teraz i tylko wtedy, gdy ta opcja jest włączona. Parametr widać w poście przed publikacją.</translation>
    </message>
    <message>
        <source>Type your referral parameter first.</source>
        <translation>Najpierw wpisz swój parametr polecający.</translation>
    </message>
    <message>
        <source>Write it as name=value: the name starts with a letter and uses letters, digits, _ . - (at most 40); the value uses letters, digits, _ . ~ - (at most 100).</source>
        <translation>Wpisz go w postaci nazwa=wartość: nazwa zaczyna się od litery i zawiera tylko litery, cyfry oraz _ . - (najwyżej 40 znaków); wartość zawiera tylko litery, cyfry oraz _ . ~ - (najwyżej 100 znaków).</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule post</source>
        <translation>Zmień termin posta</translation>
    </message>
    <message>
        <source>Publish this post at:</source>
        <translation>Opublikuj ten post:</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Nowy termin</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>%1 (not a severity)</source>
        <translation>%1 (to nie jest waga)</translation>
    </message>
    <message>
        <source>Other networks</source>
        <translation>Pozostałe sieci</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Dodaj wiersz</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Usuń wiersz</translation>
    </message>
    <message>
        <source>Proper name</source>
        <translation>Nazwa własna</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Wrong spellings, separated by commas</source>
        <translation>Błędne zapisy, rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Poprawny</translation>
    </message>
    <message>
        <source>Problems with this rule</source>
        <translation>Problemy z tą regułą</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Zapisz regułę</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>e.g. acme.confidential</source>
        <translation>np. acme.poufne</translation>
    </message>
    <message>
        <source>As the rule</source>
        <translation>Jak reguła</translation>
    </message>
    <message>
        <source>Message in %1</source>
        <translation>Komunikat – %1</translation>
    </message>
    <message>
        <source>Networks (none ticked: every network)</source>
        <translation>Sieci (nic nie zaznaczono: wszystkie sieci)</translation>
    </message>
    <message>
        <source>Post languages (none ticked: every language)</source>
        <translation>Języki postów (nic nie zaznaczono: wszystkie języki)</translation>
    </message>
    <message>
        <source>Phrases allowed</source>
        <translation>Dozwolone wyrażenia</translation>
    </message>
    <message>
        <source>Phrases where a match is allowed</source>
        <translation>Wyrażenia, w których dopasowanie jest dozwolone</translation>
    </message>
    <message>
        <source>Domains allowed</source>
        <translation>Dozwolone domeny</translation>
    </message>
    <message>
        <source>Domains whose addresses and links are allowed</source>
        <translation>Domeny, których adresy i linki są dozwolone</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Po jednym w wierszu</translation>
    </message>
    <message>
        <source>Only allow links to these sites</source>
        <translation>Dopuszczaj tylko linki do tych witryn</translation>
    </message>
    <message>
        <source>Shown with each finding; it may use %1</source>
        <translation>Wyświetlany przy każdym zgłoszeniu; może zawierać %1</translation>
    </message>
    <message>
        <source>Tighten the built-in rule “%1”</source>
        <translation>Zaostrz wbudowaną regułę „%1”</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nowa reguła</translation>
    </message>
    <message>
        <source>Edit the rule “%1”</source>
        <translation>Edytuj regułę „%1”</translation>
    </message>
    <message>
        <source>This rule tightens the built-in rule “%1”: it can make it stricter, never weaker. The built-in wording stays; this message only fills a language it lacks.</source>
        <translation>Ta reguła zaostrza wbudowaną regułę „%1”: może ją uczynić surowszą, nigdy łagodniejszą. Wbudowany komunikat zostaje; ten uzupełnia tylko język, którego w nim brak.</translation>
    </message>
    <message>
        <source>This rule cannot be saved yet: fix what is marked.</source>
        <translation>Tej reguły nie można jeszcze zapisać: popraw zaznaczone pola.</translation>
    </message>
</context>
<context>
    <name>SamplesPanel</name>
    <message>
        <source>Sample posts</source>
        <translation>Przykładowe posty</translation>
    </message>
    <message>
        <source>Type posts colleagues might write; the rules are tried on them as you edit.</source>
        <translation>Wpisz posty, które mogliby napisać współpracownicy; reguły są na nich sprawdzane na bieżąco.</translation>
    </message>
    <message>
        <source>Each sample with the rules that catch it; select one to edit it</source>
        <translation>Każdy przykład z regułami, które go wychwytują; wybierz przykład, aby go edytować</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Nowy przykład</translation>
    </message>
    <message>
        <source>Remove sample</source>
        <translation>Usuń przykład</translation>
    </message>
    <message>
        <source>Text of the sample post</source>
        <translation>Tekst przykładowego posta</translation>
    </message>
    <message>
        <source>Type a post to try the rules on</source>
        <translation>Wpisz post, na którym sprawdzisz reguły</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Language of the sample post</source>
        <translation>Język przykładowego posta</translation>
    </message>
    <message>
        <source>Made from a pack item</source>
        <translation>Z materiału pakietu treści</translation>
    </message>
    <message>
        <source>A post made from the pack&apos;s content must say the author works here.</source>
        <translation>Post na podstawie materiałów z pakietu treści musi mówić, że autor tu pracuje.</translation>
    </message>
    <message>
        <source>What the rules find in this sample</source>
        <translation>Co reguły znajdują w tym przykładzie</translation>
    </message>
    <message>
        <source>Trying the rules on the samples…</source>
        <translation>Sprawdzanie przykładów regułami…</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(pusty)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Jeszcze nie sprawdzono</translation>
    </message>
    <message>
        <source>Too long to check</source>
        <translation>Za długi, by go sprawdzić</translation>
    </message>
    <message>
        <source>Caught by: %1</source>
        <translation>Wychwytują: %1</translation>
    </message>
    <message>
        <source>No rule catches it</source>
        <translation>Żadna reguła go nie wychwytuje</translation>
    </message>
    <message>
        <source>Choose a rule to see which samples it catches.</source>
        <translation>Wybierz regułę, aby zobaczyć, które przykłady wychwytuje.</translation>
    </message>
    <message>
        <source>Samples the rule “%1” catches: %2 of %3.</source>
        <translation>Przykłady wychwytywane przez regułę „%1”: %2 z %3.</translation>
    </message>
</context>
<context>
    <name>SchedulePicker</name>
    <message>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>The time zone in which this time applies</source>
        <translation>Strefa czasowa, w której obowiązuje ta godzina</translation>
    </message>
    <message>
        <source>The second time (after the clocks go back)</source>
        <translation>Za drugim razem (po cofnięciu zegarów)</translation>
    </message>
    <message>
        <source>What this time means</source>
        <translation>Co oznacza ta godzina</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Tempo publikacji</translation>
    </message>
    <message>
        <source>Pick a time zone from the list.</source>
        <translation>Wybierz strefę czasową z listy.</translation>
    </message>
    <message>
        <source>This time breaks the pace of posting; pick one of the times offered.</source>
        <translation>Ta pora łamie zasady tempa publikacji; wybierz jedną z proponowanych pór.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>„%1” nie jest strefą czasową.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks jump forward that night. The post will go out at %3.</source>
        <translation>Godzina %1 nie istnieje w strefie %2: tej nocy zegary przesuwają się do przodu. Post zostanie opublikowany o %3.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back that night. The post will go out the second time (UTC%3).</source>
        <translation>Godzina %1 występuje w strefie %2 dwa razy: tej nocy zegary są cofane. Post zostanie opublikowany za drugim razem (UTC%3).</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back that night. The post will go out the first time (UTC%3).</source>
        <translation>Godzina %1 występuje w strefie %2 dwa razy: tej nocy zegary są cofane. Post zostanie opublikowany za pierwszym razem (UTC%3).</translation>
    </message>
    <message>
        <source>On this computer&apos;s clock (%1) that is %2.</source>
        <translation>Według zegara tego komputera (%1) to %2.</translation>
    </message>
    <message>
        <source>The sign-in of this account expires on %1, before this post&apos;s time. Sign in again before then, or the post will not go out.</source>
        <translation>Logowanie na tym koncie wygasa %1, przed porą publikacji tego posta. Zaloguj się ponownie przed tym terminem, inaczej post nie zostanie opublikowany.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Użyj %1</translation>
    </message>
    <message>
        <source>Another post of this account goes out at %1; keep %2 minutes between posts.</source>
        <translation>Inny post z tego konta wychodzi o %1; między postami musi minąć co najmniej %2 min.</translation>
    </message>
    <message>
        <source>%1 already has %2 posts planned on %3, as many as a day allows.</source>
        <translation>W sieci %1 na dzień %3 zaplanowano już tyle postów, ile wolno w ciągu dnia (%2).</translation>
    </message>
    <message>
        <source>%1 is in the quiet hours (%2), when nothing is posted.</source>
        <translation>%1 przypada w godzinach ciszy (%2), kiedy nic nie jest publikowane.</translation>
    </message>
    <message>
        <source>The pace could not be checked: %1</source>
        <translation>Nie udało się sprawdzić tempa publikacji: %1</translation>
    </message>
</context>
<context>
    <name>SettingControls</name>
    <message>
        <source>Set by your organization.</source>
        <translation>Ustawione przez Twoją organizację.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Posting pace</source>
        <translation>Tempo publikacji</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Materiały</translation>
    </message>
    <message>
        <source>Feeds and content packs this computer follows:</source>
        <translation>Kanały i pakiety treści obserwowane na tym komputerze:</translation>
    </message>
    <message>
        <source>Content sources</source>
        <translation>Źródła materiałów</translation>
    </message>
    <message>
        <source>Add address…</source>
        <translation>Dodaj adres…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Trusted signers</source>
        <translation>Zaufani wydawcy</translation>
    </message>
    <message>
        <source>Trust a signer…</source>
        <translation>Zaufaj wydawcy…</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Przestań ufać</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Twoje dane</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Strony ustawień</translation>
    </message>
    <message>
        <source>Job offers:</source>
        <translation>Oferty pracy:</translation>
    </message>
    <message>
        <source>Removes your drafts, the queue, the downloaded content, your settings and every credential this app stored in the keyring, then closes the app. Files already written to an outbox folder stay.</source>
        <translation>Usuwa Twoje szkice, kolejkę, pobrane materiały, ustawienia i wszystkie dane logowania zapisane przez aplikację w pęku kluczy, a potem zamyka aplikację. Pliki zapisane już w folderze skrzynki nadawczej zostają.</translation>
    </message>
    <message>
        <source>Remove all my data…</source>
        <translation>Usuń wszystkie moje dane…</translation>
    </message>
    <message>
        <source>The new language applies after a restart.</source>
        <translation>Nowy język zacznie obowiązywać po ponownym uruchomieniu.</translation>
    </message>
    <message>
        <source>Start at login cannot be read: %1</source>
        <translation>Nie udało się odczytać ustawienia uruchamiania po zalogowaniu: %1</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Uruchamiaj po zalogowaniu</translation>
    </message>
    <message>
        <source>Bundled demo content</source>
        <translation>Wbudowane materiały demonstracyjne</translation>
    </message>
    <message>
        <source>Set by your organization.</source>
        <translation>Ustawione przez Twoją organizację.</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Podpisane przez: %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Bez podpisu</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <source>Signature expired on %1: its content can no longer be shared</source>
        <translation>Podpis wygasł %1: tych treści nie można już udostępniać</translation>
    </message>
    <message>
        <source>Signature valid until %1</source>
        <translation>Podpis ważny do %1</translation>
    </message>
    <message>
        <source>%1 item(s) left out: %2</source>
        <translation>Pominięte pozycje (%1): %2</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Ostatnia synchronizacja nie powiodła się: %1</translation>
    </message>
    <message>
        <source>Next try at %1</source>
        <translation>Kolejna próba: %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Jeszcze nie zsynchronizowano</translation>
    </message>
    <message>
        <source>Add a content source</source>
        <translation>Dodaj źródło materiałów</translation>
    </message>
    <message>
        <source>Address of a feed or content pack (https://…):</source>
        <translation>Adres kanału lub pakietu treści (https://…):</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nie dodano</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Nie można usunąć</translation>
    </message>
    <message>
        <source>This source is bundled with the app or set by your IT department.</source>
        <translation>To źródło jest wbudowane w aplikację lub ustawione przez Twój dział IT.</translation>
    </message>
    <message>
        <source>%1 (key %2) — set by your organization</source>
        <translation>%1 (klucz %2) — ustawiony przez Twoją organizację</translation>
    </message>
    <message>
        <source>Trust ended on %1</source>
        <translation>Zaufanie wygasło %1</translation>
    </message>
    <message>
        <source>Trusted until %1</source>
        <translation>Zaufany do %1</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (klucz %2)</translation>
    </message>
    <message>
        <source>Trust a signer</source>
        <translation>Zaufaj wydawcy</translation>
    </message>
    <message>
        <source>Paste the signer&apos;s public key line (advocate-ed25519 …). Trust only keys you received from your communications team through a channel you trust.</source>
        <translation>Wklej wiersz klucza publicznego wydawcy (advocate-ed25519 …). Ufaj tylko kluczom otrzymanym od zespołu komunikacji kanałem, któremu ufasz.</translation>
    </message>
    <message>
        <source>Remove all my data</source>
        <translation>Usuń wszystkie moje dane</translation>
    </message>
    <message>
        <source>Remove all drafts, scheduled posts, settings and stored credentials from this computer? This cannot be undone.</source>
        <translation>Usunąć z tego komputera wszystkie szkice, zaplanowane posty, ustawienia i zapisane dane logowania? Tego nie można cofnąć.</translation>
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
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Advocate Desktop %1 or later</source>
        <translation>Advocate Desktop %1 lub nowszy</translation>
    </message>
    <message>
        <source>Prevent the employee from changing it</source>
        <translation>Nie pozwalaj pracownikowi tego zmieniać</translation>
    </message>
    <message>
        <source>Lock: %1</source>
        <translation>Zablokuj: %1</translation>
    </message>
    <message>
        <source>JSON, as in managed.json:</source>
        <translation>JSON, jak w managed.json:</translation>
    </message>
    <message>
        <source>One entry per line:</source>
        <translation>Jeden wpis w wierszu:</translation>
    </message>
    <message>
        <source>Settings of Advocate Desktop that IT presets, locks or sets for everyone.</source>
        <translation>Ustawienia Advocate Desktop, które dział IT ustawia wstępnie, blokuje lub ustala dla wszystkich.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Interface language: the system&apos;s, English or Polish (applies after a restart).</source>
        <translation>Język interfejsu: systemowy, angielski lub polski (obowiązuje po ponownym uruchomieniu).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
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
        <translation>Publikuj spóźnione posty do:</translation>
    </message>
    <message>
        <source>How late a post may still go out when the computer was off or asleep at its time, in minutes. Later than that, it waits for the employee&apos;s confirmation.</source>
        <translation>O ile minut później post może jeszcze wyjść, gdy w jego porze komputer był wyłączony lub uśpiony. Później czeka na potwierdzenie pracownika.</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Po zamknięciu okna działaj dalej w zasobniku</translation>
    </message>
    <message>
        <source>Closing the window keeps the app in the tray so scheduled posts go out.</source>
        <translation>Zamknięcie okna zostawia aplikację w zasobniku, żeby zaplanowane posty zostały opublikowane.</translation>
    </message>
    <message>
        <source>Start in the tray when I log in</source>
        <translation>Uruchamiaj w zasobniku po zalogowaniu</translation>
    </message>
    <message>
        <source>Start the app (in the tray) at login, so scheduled posts go out. Off unless the employee turns it on; locked off, the offer and the toggle disappear. Setting it on writes no login entry: deploy your own autostart for that.</source>
        <translation>Uruchamiaj aplikację (w zasobniku) po zalogowaniu, żeby zaplanowane posty zostały opublikowane. Wyłączone, dopóki pracownik tego nie włączy; zablokowane jako wyłączone ukrywa propozycję i przełącznik. Włączenie nie tworzy wpisu autostartu: do tego wdróż własny autostart.</translation>
    </message>
    <message>
        <source>Pause all scheduled posts</source>
        <translation>Wstrzymaj wszystkie zaplanowane posty</translation>
    </message>
    <message>
        <source>When on, nothing is published; scheduled posts wait until it is turned off.</source>
        <translation>Gdy włączone, nic nie jest publikowane; zaplanowane posty czekają, aż zostanie wyłączone.</translation>
    </message>
    <message>
        <source>Start at login was offered</source>
        <translation>Zaproponowano uruchamianie po zalogowaniu</translation>
    </message>
    <message>
        <source>Whether the app has asked once, after the first scheduled post, to start at login; true never asks.</source>
        <translation>Czy aplikacja raz zapytała, po pierwszym zaplanowanym poście, o uruchamianie po zalogowaniu; true sprawia, że nigdy nie pyta.</translation>
    </message>
    <message>
        <source>Check for new content every:</source>
        <translation>Sprawdzaj nowe materiały co:</translation>
    </message>
    <message>
        <source>How often subscribed feeds are checked for new content, in minutes.</source>
        <translation>Jak często sprawdzać subskrybowane kanały w poszukiwaniu nowych treści, w minutach.</translation>
    </message>
    <message>
        <source>Accept signed content only:</source>
        <translation>Przyjmuj tylko podpisane materiały:</translation>
    </message>
    <message>
        <source>Accept only content packs signed by a trusted key: on, off, or auto (on from the first time a trusted key is configured, and it stays on when keys are removed).</source>
        <translation>Przyjmuj tylko pakiety treści podpisane zaufanym kluczem: on (tak), off (nie) lub auto (włączone od pierwszego skonfigurowanego zaufanego klucza i pozostaje włączone po usunięciu kluczy).</translation>
    </message>
    <message>
        <source>From the first trusted signer on (recommended)</source>
        <translation>Od pierwszego zaufanego wydawcy (zalecane)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Zawsze</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source>Trusted signers:</source>
        <translation>Zaufani wydawcy:</translation>
    </message>
    <message>
        <source>Public keys the employee chose to trust (lines &apos;advocate-ed25519 KEY name&apos;). IT&apos;s own keys go in the top-level trusted_keys; locking this one stops the employee from adding keys.</source>
        <translation>Klucze publiczne, którym pracownik postanowił zaufać (wiersze &apos;advocate-ed25519 KLUCZ nazwa&apos;). Klucze działu IT podaje się w trusted_keys na najwyższym poziomie; zablokowanie tego ustawienia uniemożliwia pracownikowi dodawanie kluczy.</translation>
    </message>
    <message>
        <source>Plan posts in:</source>
        <translation>Planuj posty w strefie:</translation>
    </message>
    <message>
        <source>The time zone in which the employee plans posts: &apos;system&apos; (the computer&apos;s) or an IANA name such as Europe/Warsaw. A scheduled post keeps its moment when the computer&apos;s zone changes.</source>
        <translation>Strefa czasowa, w której pracownik planuje posty: &apos;system&apos; (strefa komputera) lub nazwa IANA, np. Europe/Warsaw. Zaplanowany post zachowuje swój moment, gdy zmieni się strefa komputera.</translation>
    </message>
    <message>
        <source>Least time between two posts of an account:</source>
        <translation>Najkrótszy odstęp między dwoma postami z konta:</translation>
    </message>
    <message>
        <source>Least time between two posts of the same account, in minutes (0: none). A pack&apos;s policy or IT may require more; the strictest value applies, and IT&apos;s value is a floor even when not locked.</source>
        <translation>Najkrótszy odstęp między dwoma postami tego samego konta, w minutach (0: brak). Zasady pakietu lub dział IT mogą wymagać więcej; obowiązuje najsurowsza wartość, a wartość działu IT jest dolną granicą, nawet gdy nie jest zablokowana.</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Bez minimum</translation>
    </message>
    <message>
        <source>Most posts per network in a day:</source>
        <translation>Najwięcej postów w jednej sieci dziennie:</translation>
    </message>
    <message>
        <source>Most posts per network in one local day (0: no cap). A pack&apos;s policy or IT may set a lower cap; the strictest value applies.</source>
        <translation>Najwięcej postów w jednej sieci w ciągu lokalnej doby (0: bez limitu). Zasady pakietu lub dział IT mogą ustawić niższy limit; obowiązuje najsurowsza wartość.</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Bez limitu</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Godziny ciszy:</translation>
    </message>
    <message>
        <source>Local hours in which no post is planned, as HH:MM-HH:MM (e.g. 22:00-07:00; empty: none). Quiet hours from a pack&apos;s policy or IT apply as well.</source>
        <translation>Lokalne godziny, w których nie planuje się postów, w postaci GG:MM-GG:MM (np. 22:00-07:00; puste: brak). Obowiązują też godziny ciszy z zasad pakietu lub od działu IT.</translation>
    </message>
    <message>
        <source>Add my referral to job offers&apos; links</source>
        <translation>Dodawaj mój parametr polecenia do linków w ofertach pracy</translation>
    </message>
    <message>
        <source>Add the employee&apos;s referral parameter to the links of job offers. Off unless the employee turns it on.</source>
        <translation>Dodaje parametr polecenia pracownika do linków w ofertach pracy. Wyłączone, dopóki pracownik tego nie włączy.</translation>
    </message>
    <message>
        <source>Referral parameter</source>
        <translation>Parametr polecający</translation>
    </message>
    <message>
        <source>The employee&apos;s personal referral parameter for careers links, as key=value (e.g. ref=jkowalska; empty: none). Added only to links to the item&apos;s own site in job offers, and only while referral_enabled is on.</source>
        <translation>Osobisty parametr polecenia pracownika do linków rekrutacyjnych, w postaci klucz=wartość (np. ref=jkowalska; puste: brak). Dodawany tylko do linków do strony samej treści w ofertach pracy i tylko wtedy, gdy referral_enabled jest włączone.</translation>
    </message>
    <message>
        <source>Company feeds</source>
        <translation>Kanały firmowe</translation>
    </message>
    <message>
        <source>Feed or content pack addresses subscribed on every start; the employee cannot remove them.</source>
        <translation>Adresy kanałów lub pakietów treści subskrybowane przy każdym uruchomieniu; pracownik nie może ich usunąć.</translation>
    </message>
    <message>
        <source>Trusted signing keys</source>
        <translation>Zaufane klucze podpisu</translation>
    </message>
    <message>
        <source>Keys that may sign content packs, each {name, key, expires}: the key line comes from advocate-pack keygen; expires (a date, or a date and time with an offset) ends IT&apos;s trust in it. From the first trusted key on, only signed packs are accepted unless require_signed is off.</source>
        <translation>Klucze, które mogą podpisywać pakiety treści, każdy jako {name, key, expires}: wiersz klucza pochodzi z advocate-pack keygen; expires (data albo data i godzina z przesunięciem) kończy zaufanie działu IT do klucza. Od pierwszego zaufanego klucza przyjmowane są tylko podpisane pakiety, chyba że require_signed ma wartość off.</translation>
    </message>
    <message>
        <source>Content pack folder</source>
        <translation>Folder pakietów treści</translation>
    </message>
    <message>
        <source>A folder whose *.zip content packs are imported (and verified) at start.</source>
        <translation>Folder, z którego przy uruchomieniu importowane (i weryfikowane) są pakiety treści *.zip.</translation>
    </message>
    <message>
        <source>Company policy</source>
        <translation>Zasady firmy</translation>
    </message>
    <message>
        <source>Policy rules added to the built-in and pack policies (the policy format): they may tighten a rule, never loosen one. A disclosure rule names the employer.</source>
        <translation>Reguły dodawane do zasad wbudowanych i zasad pakietów (w formacie zasad): mogą zaostrzyć regułę, nigdy jej nie złagodzić. Reguła ujawnienia podaje nazwę pracodawcy.</translation>
    </message>
    <message>
        <source>Company apps for networks</source>
        <translation>Aplikacje firmowe dla sieci</translation>
    </message>
    <message>
        <source>The app your organization registered with LinkedIn, X or Threads, per network: {client_id, client_secret (optional), token_exchange_url (optional, https), redirect_url (Threads: the https page that sends the sign-in back to the app)}.</source>
        <translation>Aplikacja, którą Twoja organizacja zarejestrowała w LinkedIn, X lub Threads, osobno dla każdej sieci: {client_id, client_secret (opcjonalnie), token_exchange_url (opcjonalnie, https), redirect_url (Threads: strona https, która odsyła logowanie z powrotem do aplikacji)}.</translation>
    </message>
    <message>
        <source>LinkedIn API version</source>
        <translation>Wersja API LinkedIn</translation>
    </message>
    <message>
        <source>The LinkedIn API version (YYYYMM) the app asks for; empty: the app&apos;s own.</source>
        <translation>Wersja API LinkedIn (RRRRMM), o którą prosi aplikacja; puste: wersja wbudowana w aplikację.</translation>
    </message>
    <message>
        <source>Publish to X through its API</source>
        <translation>Publikuj w X przez jego API</translation>
    </message>
    <message>
        <source>Whether posts to X go through X&apos;s API with the company app (off: X is shared through its web page).</source>
        <translation>Czy posty do X wychodzą przez API X z aplikacją firmową (wyłączone: X udostępnia się przez jego stronę internetową).</translation>
    </message>
    <message>
        <source>Allowed networks</source>
        <translation>Dozwolone serwisy</translation>
    </message>
    <message>
        <source>The only networks employees may post to, by name (mastodon, bluesky, linkedin, x, threads, outbox, facebook, instagram); not set: all of them. The others cannot be added, are left out of Share on…, and an account already connected to one publishes nothing. An unknown name allows nothing.</source>
        <translation>Jedyne serwisy, w których pracownicy mogą publikować, podane nazwami (mastodon, bluesky, linkedin, x, threads, outbox, facebook, instagram); bez ustawienia: wszystkie. Pozostałych nie można dodać, nie ma ich w menu Udostępnij w…, a konto już w nich połączone niczego nie publikuje. Nieznana nazwa na nic nie zezwala.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Serwer proxy</translation>
    </message>
    <message>
        <source>The proxy every connection of the app goes through (feeds, images, networks, sign-ins), as http://host:port or https://host:port; never for this computer (localhost). Empty: the system&apos;s proxy settings (HTTPS_PROXY, NO_PROXY).</source>
        <translation>Serwer proxy, przez który przechodzi każde połączenie aplikacji (kanały, obrazy, serwisy, logowania), jako http://host:port lub https://host:port; nigdy dla tego komputera (localhost). Puste: ustawienia proxy systemu (HTTPS_PROXY, NO_PROXY).</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy</source>
        <translation>Hosty osiągane bez serwera proxy</translation>
    </message>
    <message>
        <source>Hosts the app reaches directly although a proxy is set: a host (and its subdomains), *.domain, an IP address, a network such as 10.0.0.0/8, or &lt;local&gt; for names without a dot. Loopback always is.</source>
        <translation>Hosty, z którymi aplikacja łączy się bezpośrednio mimo ustawionego serwera proxy: host (i jego subdomeny), *.domena, adres IP, sieć, np. 10.0.0.0/8, albo &lt;local&gt; dla nazw bez kropki. Z tym komputerem (loopback) zawsze bezpośrednio.</translation>
    </message>
    <message>
        <source>Disclosure wording</source>
        <translation>Treść ujawnienia</translation>
    </message>
    <message>
        <source>The organization&apos;s own sentence saying that the author works there, per language (en, pl), e.g. {&quot;en&quot;: &quot;I work at Nordvik.&quot;}: the one a post in that language must carry at its start, and the one Fix inserts. It must pass as a disclosure itself (4 letters or more, at most 100 characters, no label such as #ad).</source>
        <translation>Własne zdanie organizacji mówiące, że autor tam pracuje, dla każdego języka (en, pl), np. {&quot;pl&quot;: &quot;Pracuję w Nordvik.&quot;}: to, które post w tym języku musi mieć na początku i które wstawia „Popraw”. Samo musi być ważnym ujawnieniem (co najmniej 4 litery, najwyżej 100 znaków, bez etykiety takiej jak #ad).</translation>
    </message>
</context>
<context>
    <name>ShareFlow</name>
    <message>
        <source>Finish the share that is open first.</source>
        <translation>Najpierw dokończ otwarte udostępnianie.</translation>
    </message>
    <message>
        <source>Share on Mastodon</source>
        <translation>Udostępnij w serwisie Mastodon</translation>
    </message>
    <message>
        <source>Your Mastodon server&apos;s address (for example mastodon.social):</source>
        <translation>Adres Twojego serwera Mastodon (na przykład mastodon.social):</translation>
    </message>
    <message>
        <source>Your browser could not be opened at %1</source>
        <translation>Nie udało się otworzyć przeglądarki pod adresem %1</translation>
    </message>
    <message>
        <source>Recorded: you posted it on %1.</source>
        <translation>Zapisano: post opublikowany przez Ciebie w serwisie %1.</translation>
    </message>
    <message>
        <source>Not recorded as posted: the post stays as it was.</source>
        <translation>Nie zapisano jako opublikowany: post pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>%1 is not the address of a Mastodon server. Type it like mastodon.social.</source>
        <translation>%1 nie jest adresem serwera Mastodon. Wpisz go w postaci mastodon.social.</translation>
    </message>
    <message>
        <source>Sharing failed: %1</source>
        <translation>Udostępnianie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>Not opened: the policy blocks this post on %1 (%2). Edit it first.</source>
        <translation>Nie otwarto: zasady blokują ten post w serwisie %1 (%2). Najpierw go popraw.</translation>
    </message>
    <message>
        <source>Not opened: your organization does not allow %1.</source>
        <translation>Nie otwarto: Twoja organizacja nie zezwala na serwis %1.</translation>
    </message>
    <message>
        <source>Not opened: your IT department&apos;s policy could not be loaded, so nothing may be posted. Your draft is kept.</source>
        <translation>Nie otwarto: nie udało się wczytać zasad Twojego działu IT, więc nic nie może zostać opublikowane. Twój szkic zostaje zachowany.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nie otwarto: %1</translation>
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
        <translation>Mastodon na innym serwerze…</translation>
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
        <translation>%1 uruchomi się po Twoim zalogowaniu.</translation>
    </message>
    <message>
        <source>%1 will no longer start when you log in.</source>
        <translation>%1 nie będzie się już uruchamiać po Twoim zalogowaniu.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>Nie udało się zmienić uruchamiania po zalogowaniu: %1</translation>
    </message>
    <message>
        <source>Start at login?</source>
        <translation>Uruchamiać po zalogowaniu?</translation>
    </message>
    <message>
        <source>Your post goes out only while %1 is running. Start it in the tray when you log in? You can change this in Settings at any time.</source>
        <translation>Twój post zostanie opublikowany tylko wtedy, gdy %1 działa. Uruchamiać aplikację w zasobniku po zalogowaniu? Możesz to zmienić w Ustawieniach w każdej chwili.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Uruchamiaj po zalogowaniu</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <source>Pack studio</source>
        <extracomment>A pause in editing this long, and the pack is checked again (lint and every text). Where a page added with add_page goes when no index is given: after Items.</extracomment>
        <translation>Studio pakietów</translation>
    </message>
    <message>
        <source>Studio pages</source>
        <translation>Strony studia</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Pakiety</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Kontrola</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation>Podpisz i opublikuj</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New pack…</source>
        <translation>&amp;Nowy pakiet…</translation>
    </message>
    <message>
        <source>Open pack &amp;folder…</source>
        <translation>Otwórz &amp;folder pakietu…</translation>
    </message>
    <message>
        <source>Open pack &amp;zip…</source>
        <translation>Otwórz plik &amp;zip pakietu…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Zapi&amp;sz</translation>
    </message>
    <message>
        <source>Save &amp;as folder…</source>
        <translation>Zapisz j&amp;ako folder…</translation>
    </message>
    <message>
        <source>&amp;Close studio</source>
        <translation>Za&amp;mknij studio</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>%1 — Pack studio</source>
        <translation>%1 — Studio pakietów</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>The pack “%1” has changes that are not saved. Save them?</source>
        <translation>Pakiet „%1” ma niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Nowy pakiet</translation>
    </message>
    <message>
        <source>Title of the new pack:</source>
        <translation>Tytuł nowego pakietu:</translation>
    </message>
    <message>
        <source>Our newsroom</source>
        <translation>Nasze aktualności</translation>
    </message>
    <message>
        <source>Open a pack folder</source>
        <translation>Otwórz folder pakietu</translation>
    </message>
    <message>
        <source>Open a pack zip</source>
        <translation>Otwórz plik zip pakietu</translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation>Pakiety treści (*.zip)</translation>
    </message>
    <message>
        <source>The pack was not opened</source>
        <translation>Nie otwarto pakietu</translation>
    </message>
    <message>
        <source>Choose a folder for the pack (an empty one for a new pack)</source>
        <translation>Wybierz folder na pakiet (pusty dla nowego pakietu)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Zapisano w %1</translation>
    </message>
    <message>
        <source>Replace the pack there?</source>
        <translation>Zastąpić pakiet w tym folderze?</translation>
    </message>
    <message>
        <source>%1 already holds a pack. Replace its files with this pack&apos;s?</source>
        <translation>W %1 jest już pakiet. Zastąpić jego pliki plikami tego pakietu?</translation>
    </message>
    <message>
        <source>The pack was not saved</source>
        <translation>Nie zapisano pakietu</translation>
    </message>
    <message>
        <source>%1

Your changes are still here; nothing was lost.</source>
        <translation>%1

Twoje zmiany nadal tu są; nic nie przepadło.</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>This policy has no rule for confidential names yet.</source>
        <translation>Te zasady nie mają jeszcze reguły dla poufnych nazw.</translation>
    </message>
    <message>
        <source>Add a rule for confidential names…</source>
        <translation>Dodaj regułę dla poufnych nazw…</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Rule whose terms are shown</source>
        <translation>Reguła, której nazwy są wyświetlane</translation>
    </message>
    <message>
        <source>New term, e.g. a client&apos;s name</source>
        <translation>Nowa nazwa, np. nazwa klienta</translation>
    </message>
    <message>
        <source>New confidential term</source>
        <translation>Nowa poufna nazwa</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Dodaj nazwę</translation>
    </message>
    <message>
        <source>Confidential terms</source>
        <translation>Poufne nazwy</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Usuń nazwę</translation>
    </message>
    <message>
        <source>Proper name: match only when capitalised</source>
        <translation>Nazwa własna: dopasowuj tylko pisaną wielką literą</translation>
    </message>
    <message>
        <source>Declines like</source>
        <translation>Odmienia się jak</translation>
    </message>
    <message>
        <source>Noun the term declines like</source>
        <translation>Rzeczownik, który odmienia się tak samo</translation>
    </message>
    <message>
        <source>Empty: the dictionary, or the noun with the same ending</source>
        <translation>Puste: słownik albo rzeczownik o tej samej końcówce</translation>
    </message>
    <message>
        <source>Use generated forms</source>
        <translation>Użyj wygenerowanych form</translation>
    </message>
    <message>
        <source>Replace the listed forms with generated ones</source>
        <translation>Zastąp wpisane formy wygenerowanymi</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Przypadek</translation>
    </message>
    <message>
        <source>Forms of the term</source>
        <translation>Formy nazwy</translation>
    </message>
    <message>
        <source>Add form</source>
        <translation>Dodaj formę</translation>
    </message>
    <message>
        <source>Remove form</source>
        <translation>Usuń formę</translation>
    </message>
    <message>
        <source>forms not listed</source>
        <translation>formy niewpisane</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n forma</numerusform>
            <numerusform>%n formy</numerusform>
            <numerusform>%n form</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, proper name</source>
        <translation>%1, nazwa własna</translation>
    </message>
    <message>
        <source>“%1” is already listed.</source>
        <translation>„%1” jest już na liście.</translation>
    </message>
    <message>
        <source>A rule for confidential names needs at least one term; remove the rule on the Rules tab instead.</source>
        <translation>Reguła dla poufnych nazw musi mieć co najmniej jedną nazwę; zamiast tego usuń regułę na karcie Reguły.</translation>
    </message>
    <message>
        <source>Finding the forms…</source>
        <translation>Szukanie form…</translation>
    </message>
    <message>
        <source>Could not find the forms: %1</source>
        <translation>Nie udało się znaleźć form: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not listed in the policy yet: the build adds these forms. Edit any to keep your own list.</source>
        <translation>Jeszcze niewpisane do zasad: te formy zostaną dodane przy budowaniu pakietu treści. Zmień którąkolwiek, aby zachować własną listę.</translation>
    </message>
    <message>
        <source>No form for: %1. A post using them is not caught.</source>
        <translation>Brak formy dla: %1. Post, w którym występują, nie zostanie wychwycony.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>%1 %2 · %3 here</source>
        <translation>%1 %2 · tutaj %3</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open %1</source>
        <translation>Otwórz %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>No posts scheduled</source>
        <translation>Brak zaplanowanych postów</translation>
    </message>
    <message>
        <source>Next post: %1 — %2</source>
        <translation>Następny post: %1 — %2</translation>
    </message>
    <message>
        <source>Resume publishing</source>
        <translation>Wznów publikowanie</translation>
    </message>
    <message>
        <source>Pause publishing</source>
        <translation>Wstrzymaj publikowanie</translation>
    </message>
    <message>
        <source>Publishing paused</source>
        <translation>Publikowanie wstrzymane</translation>
    </message>
</context>
</TS>
