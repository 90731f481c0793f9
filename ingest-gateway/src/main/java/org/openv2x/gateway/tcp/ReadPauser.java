package org.openv2x.gateway.tcp;

import io.netty.channel.Channel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openv2x.gateway.journal.Journal;

/**
 * Keeps the connections whose reading is paused because the journal is full, and resumes them all
 * when it is not any more.
 */
final class ReadPauser {
  private final Journal journal;
  private final Map<Channel, Runnable> paused = new ConcurrentHashMap<>();

  ReadPauser(Journal journal) {
    this.journal = journal;
    journal.onResume(this::resumeAll);
  }

  void pausedForJournal(Channel channel, Runnable resume) {
    paused.put(channel, resume);
    // The journal may have drained between the check and the registration.
    if (!journal.isFull() && paused.remove(channel) != null) {
      resume.run();
    }
  }

  void forget(Channel channel) {
    paused.remove(channel);
  }

  private void resumeAll() {
    for (Channel channel : paused.keySet()) {
      Runnable resume = paused.remove(channel);
      if (resume != null) {
        resume.run();
      }
    }
  }

  int pausedCount() {
    return paused.size();
  }
}
