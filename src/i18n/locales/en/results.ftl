# Why a script's results file attached to a sign-off is refused (shown beside the file field).
results-unreadable = looks like a results file but cannot be read ({ $error }); attach the file the script wrote, unchanged
results-format = is in the format '{ $format }', which this portal does not read (it reads { $expected })
results-no-step = speaks of the step { $step }, which this deployment does not have
results-no-script = cannot be matched: no script of this deployment carries the step { $step }
results-other-deployment = comes from the deployment "{ $found }", not "{ $expected }"
results-other-script = comes from the script { $found }, which does not carry the step { $step }; attach the results of { $expected }
results-no-body-hash = carries no body hash: { $script } was not run from its file, or its header was edited, so its run cannot be matched to the text approved
results-other-version = comes from another version of { $script } (body SHA-256 { $found }, the script now has { $expected }): download the script again, run it, and attach its new results
results-no-entry = has no entry for the step { $step }
results-other-text = ran another text of the step { $step } (content SHA-256 { $found }, approved { $expected })
results-check-run = comes from a -Check run, which changed nothing; attach the results of the run that did the step
results-not-done = says the step did not complete (status { $status }); sign it once a run has done it
results-check-failed = says a check failed: { $command } ({ $output })
