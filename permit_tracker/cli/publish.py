"""`permit-tracker publish`: the deadlines as events of a CalDAV calendar (opt-in).

    publish [--url URL --user NAME] [--calendar NAME] [--dry-run]
    publish --off [--remove]

The options are saved in the store as Preferences ▸ Calendar saves them, so a later
`publish` (cron, a timer) needs none. The password: $PERMIT_TRACKER_CALDAV_PASSWORD, else
the system keyring; at a terminal with neither, it is asked for and kept in the keyring
(never in the database or a file). A dry run reads the server and changes nothing, there
or here. Exit code 1 with one line when anything failed, also a single refused event.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from permit_tracker.cli import CliError, iso_date, open_store, say
from permit_tracker.domain.phrase import N_
from permit_tracker.i18n import _, ngettext

if TYPE_CHECKING:
    from permit_tracker.domain.model import Person
    from permit_tracker.publish.config import PublishConfig
    from permit_tracker.rules.ruleset import Ruleset
    from permit_tracker.storage import Store

DESCRIPTION = N_("""\
Publish every dated deadline as an event of a CalDAV calendar (Nextcloud, Fastmail, iCloud,
mailbox.org, Radicale, Baïkal...), which your phone syncs. A changed date updates its event,
a deadline that disappears deletes its event, and nothing else in that calendar is touched.
The first run needs --url and --user; they are saved for the next ones. The password comes
from $PERMIT_TRACKER_CALDAV_PASSWORD or your system keyring. The calendar is created when
there is none of that name (default "Permit Tracker"). The events are in the chosen language
(--lang).""")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    parser = sub.add_parser(
        "publish", help=_("publish deadlines to a CalDAV calendar"), description=_(DESCRIPTION)
    )
    parser.add_argument("--url", metavar="URL", help=_("the CalDAV server (https://...)"))
    parser.add_argument("--user", metavar="NAME", help=_("your user name on that server"))
    parser.add_argument(
        "--calendar", metavar="NAME", help=_('the calendar (default: "Permit Tracker")')
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=_("say what would change; send and save nothing")
    )
    parser.add_argument("--off", action="store_true", help=_("stop publishing"))
    parser.add_argument(
        "--remove", action="store_true", help=_("with --off: also delete the published events")
    )
    parser.add_argument(
        "--today", type=iso_date, metavar="YYYY-MM-DD", help=_("compute as of this date")
    )
    common(parser)
    parser.set_defaults(func=run)


def _password(url: str, user: str) -> str | None:
    from getpass import getpass

    from permit_tracker.publish import password

    try:
        found = password.lookup(url, user)
    except password.KeyringFailed as exc:
        raise CliError(str(exc)) from exc
    if found or not sys.stdin.isatty():
        return found
    typed = getpass(_("CalDAV password for {user} at {url}: ").format(user=user, url=url))
    try:
        password.store(url, user, typed)
    except (password.KeyringMissing, password.KeyringFailed) as exc:
        say(_("permit-tracker: warning: {message}").format(message=exc), error=True)
    return typed


def run(args: argparse.Namespace) -> int:
    # Imported here: every start of the app builds the parser, the GUI included, and the
    # window's first paint must not wait for the publishing code.
    from permit_tracker.publish.config import ConfigError

    if args.remove and not args.off:
        raise CliError(_("--remove goes with --off"))
    if args.off and (args.url or args.user or args.calendar):
        raise CliError(_("--off takes no --url, --user or --calendar"))
    today: date = args.today or date.today()
    try:
        with open_store(args) as store:
            if args.off:
                return _off(store, today, args.remove, args.dry_run)
            return _publish(store, today, args)
    except ConfigError as exc:
        raise CliError(str(exc)) from exc


def _publish(store: Store, today: date, args: argparse.Namespace) -> int:
    from permit_tracker.publish import config as publish_config
    from permit_tracker.publish.config import ConfigError, check_url
    from permit_tracker.publish.job import prepare, record
    from permit_tracker.reminders.plan import plan_from_settings
    from permit_tracker.setting_keys import STATE_SETTING

    saved = publish_config.load(store.setting)
    config = saved.with_target(
        args.url if args.url is not None else saved.url,
        args.user if args.user is not None else saved.user,
        args.calendar if args.calendar is not None else saved.calendar,
    )
    config = replace(config, enabled=True)
    problem = config.problem()
    if problem:
        raise ConfigError(problem)
    warning = check_url(config.url)
    if warning:
        say(_("permit-tracker: warning: {message}").format(message=warning), error=True)
    state = store.setting(STATE_SETTING, None)
    moved = saved.calendar_url and config.calendar_url is None  # another server or calendar
    if moved and isinstance(state, dict) and state.get("events"):
        say(
            _(
                "permit-tracker: warning: the events published to the previous calendar stay "
                "there (`publish --off --remove` with the old settings deletes them)"
            ),
            error=True,
        )
    if not args.dry_run:  # a dry run changes nothing, here either
        publish_config.save(store.set_setting, config)
    job = prepare(_WithConfig(store, config), today, plan_from_settings(store.setting))
    from permit_tracker.publish.caldav_sync import run as sync

    outcome = sync(job, _password(config.url, config.user), dry_run=args.dry_run)
    record(store, job, outcome)
    if not outcome.ok:
        raise CliError(outcome.line())
    say(outcome.line())
    return 0


class _WithConfig:
    """The store, with this run's config in place of the saved one (a dry run saves none)."""

    def __init__(self, store: Store, config: PublishConfig) -> None:
        self._store, self._config = store, config

    def people(self) -> list[Person]:
        return self._store.people()

    def ruleset(self) -> Ruleset:
        return self._store.ruleset()

    def setting(self, key: str, default: Any = None) -> Any:
        from permit_tracker.setting_keys import CONFIG_SETTING

        if key == CONFIG_SETTING:
            return self._config.to_json()
        return self._store.setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self._store.set_setting(key, value)


def _off(store: Store, today: date, remove: bool, dry_run: bool) -> int:
    from permit_tracker.publish import config as publish_config
    from permit_tracker.publish.job import forget_state, prepare, record

    config = publish_config.load(store.setting)
    deleted = 0
    if remove:
        from permit_tracker.publish.caldav_sync import run as sync

        job = prepare(store, today, remove=True)
        outcome = sync(job, _password(job.url, job.user), dry_run=dry_run)
        record(store, job, outcome)  # what was deleted before a failure is not ours any more
        if not outcome.ok:
            raise CliError(outcome.line())
        deleted = outcome.deleted
    if dry_run:
        say(
            ngettext(
                "Publishing would be turned off; {count} published event would be deleted.",
                "Publishing would be turned off; {count} published events would be deleted.",
                deleted,
            ).format(count=deleted)
        )
        return 0
    if remove:
        forget_state(store.set_setting)
    publish_config.save(store.set_setting, replace(config, enabled=False))
    if remove:
        say(
            ngettext(
                "Publishing is off; {count} published event deleted.",
                "Publishing is off; {count} published events deleted.",
                deleted,
            ).format(count=deleted)
        )
    else:
        say(_("Publishing is off; the events already published stay in the calendar."))
    return 0
